import { IntentLink } from '@/components/ui/IntentLink';

function Mark() {
  return (
    <span className="grid size-7 place-items-center rounded-lg bg-brand text-white shadow-sm" aria-hidden="true">
      <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M4 6h8M4 10h12M4 14h6" />
      </svg>
    </span>
  );
}

/** The wordmark; a link home when `href` is given (guests have no home but their board). */
export function Logo({ href }: { href?: string }) {
  const inner = (
    <>
      <Mark />
      <span className="text-[15px] font-semibold tracking-tight text-ink">Coscript</span>
    </>
  );
  if (!href) return <span className="flex items-center gap-2">{inner}</span>;
  return (
    <IntentLink href={href} className="flex items-center gap-2 rounded-lg">
      {inner}
    </IntentLink>
  );
}
