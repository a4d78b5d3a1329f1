import { useId } from 'react';
import { cn } from '@/lib/utils';

export function Card({ className, ...rest }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('rounded-xl border border-line bg-white shadow-[0_1px_2px_rgba(28,25,23,0.04)]', className)} {...rest} />;
}

interface SectionProps {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  /** Heading level inside the page outline. */
  as?: 'h2' | 'h3';
}

/** A titled card, the unit of settings-like pages; a named region for assistive technology. */
export function Section({ title, description, actions, children, className, as: Heading = 'h2' }: SectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={cn('rounded-xl border border-line bg-white p-5 shadow-[0_1px_2px_rgba(28,25,23,0.04)] sm:p-6', className)}>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Heading id={id} className="text-base font-semibold text-ink">
            {title}
          </Heading>
          {description && <p className="mt-1 text-sm text-muted">{description}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
