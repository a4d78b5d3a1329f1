import { cn } from '@/lib/utils';

/** A full-width message page: not found, forbidden, invite states. */
export function StatusPage({
  eyebrow,
  title,
  children,
  actions,
  tone = 'neutral',
}: {
  eyebrow: string;
  title: string;
  children?: React.ReactNode;
  actions?: React.ReactNode;
  tone?: 'neutral' | 'warning' | 'danger';
}) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center px-4 py-16 text-center sm:py-24">
      <p
        className={cn(
          'rounded-full px-3 py-1 text-xs font-semibold tracking-wide uppercase',
          tone === 'neutral' && 'bg-stone-100 text-stone-700',
          tone === 'warning' && 'bg-amber-50 text-amber-800',
          tone === 'danger' && 'bg-red-50 text-red-800',
        )}
      >
        {eyebrow}
      </p>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight text-ink sm:text-3xl">{title}</h1>
      {children && <div className="mt-3 text-base text-muted">{children}</div>}
      {actions && <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>}
    </div>
  );
}
