import { IntentLink } from './IntentLink';
import { cn } from '@/lib/utils';

export interface TabLink {
  href: string;
  label: string;
  current: boolean;
}

/** Navigation tabs: links, so they work without script and keep the URL shareable. */
export function TabLinks({ label, tabs, className }: { label: string; tabs: TabLink[]; className?: string }) {
  return (
    <nav aria-label={label} className={cn('flex gap-1 overflow-x-auto', className)}>
      {tabs.map((tab) => (
        <IntentLink
          key={tab.href}
          href={tab.href}
          aria-current={tab.current ? 'page' : undefined}
          className={cn(
            'rounded-lg px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors',
            tab.current ? 'bg-white text-ink shadow-sm ring-1 ring-line' : 'text-muted hover:bg-stone-100 hover:text-ink',
          )}
        >
          {tab.label}
        </IntentLink>
      ))}
    </nav>
  );
}
