import { IntentLink } from '@/components/ui/IntentLink';
import { cn } from '@/lib/utils';
import { AccountMenu, type HeaderUser } from './AccountMenu';
import { Logo } from './Logo';

/**
 * The top bar. Staff get workspace navigation; guests get none at all, since
 * their world is the one board they were invited to. `wide`: aligned with the
 * full-width board canvas.
 */
export function AppHeader({ user, current, wide }: { user: HeaderUser; current?: 'boards' | 'workspace' | 'settings'; wide?: boolean }) {
  const isStaff = user.kind === 'staff';
  const links = [
    { href: '/boards', label: 'Boards', key: 'boards' },
    { href: '/workspace', label: 'Workspace', key: 'workspace' },
  ] as const;
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-paper/85 backdrop-blur">
      <div className={cn('mx-auto flex h-14 items-center gap-6', wide ? 'px-3 sm:px-5' : 'max-w-6xl px-4 sm:px-6')}>
        <Logo href={isStaff ? '/boards' : undefined} />
        {isStaff && (
          <nav aria-label="Workspace" className="flex items-center gap-1">
            {links.map((link) => (
              <IntentLink
                key={link.key}
                href={link.href}
                aria-current={current === link.key ? 'page' : undefined}
                className={cn(
                  'rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors',
                  current === link.key ? 'bg-stone-100 text-ink' : 'text-muted hover:bg-stone-100 hover:text-ink',
                )}
              >
                {link.label}
              </IntentLink>
            ))}
          </nav>
        )}
        <div className="ml-auto">
          <AccountMenu user={user} />
        </div>
      </div>
    </header>
  );
}
