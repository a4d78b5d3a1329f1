export function EmptyState({ title, children, action }: { title: string; children?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-stone-300 bg-white/60 px-6 py-12 text-center">
      <div className="mb-3 grid size-10 place-items-center rounded-full bg-indigo-50 text-brand" aria-hidden="true">
        <svg viewBox="0 0 20 20" fill="none" className="size-5" stroke="currentColor" strokeWidth="1.6">
          <rect x="3" y="4" width="14" height="12" rx="2" />
          <path d="M3 8h14M8 8v8" />
        </svg>
      </div>
      <h2 className="text-base font-semibold text-ink">{title}</h2>
      {children && <div className="mt-1 max-w-sm text-sm text-muted">{children}</div>}
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
