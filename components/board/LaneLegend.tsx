/** What the lane colours mean. */
export function LaneLegend() {
  return (
    <p className="flex shrink-0 items-center gap-3 text-xs text-muted" data-testid="lane-legend">
      <span className="flex items-center gap-1">
        <span aria-hidden="true" className="size-3 rounded-sm border border-amber-300 bg-amber-50" /> Customers and firm write here
      </span>
      <span className="flex items-center gap-1">
        <span aria-hidden="true" className="size-3 rounded-sm border border-stone-300 bg-stone-50" /> Firm only
      </span>
    </p>
  );
}
