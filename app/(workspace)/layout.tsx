import Link from 'next/link';
import { AppHeader } from '@/components/shell/AppHeader';
import { buttonClass } from '@/components/ui/Button';
import { StatusPage } from '@/components/ui/StatusPage';
import { getCurrentActor } from '@/lib/server/auth/current-actor';
import { listBoards } from '@/lib/server/boards/list-boards';

/** Workspace pages are for staff; each page redirects signed-out visitors to sign-in itself. */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  if (!actor) return children;
  if (actor.kind === 'guest') {
    const [board] = await listBoards({ actorId: actor.userId, filter: 'active' });
    return (
      <>
        <AppHeader user={actor} />
        <main id="main">
          <StatusPage
            eyebrow="Not available to guests"
            title="Workspace pages are for staff"
            actions={board && <Link href={`/b/${board.id}`} className={buttonClass('primary')}>Back to {board.name}</Link>}
          >
            You joined through an invite to a board. You can work on that board, but not on the rest of the workspace.
          </StatusPage>
        </main>
      </>
    );
  }
  return (
    <>
      <AppHeader user={actor} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
        {children}
      </main>
    </>
  );
}
