import { AppHeader } from '@/components/shell/AppHeader';
import { getCurrentActor } from '@/lib/server/auth/current-actor';

/** Board pages: guests see only the header with their account, no workspace navigation. The board itself uses the full width; its other pages centre a column (BoardPageColumn). */
export default async function BoardLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <>
      {actor && <AppHeader user={actor} wide />}
      <main id="main" className="w-full px-3 py-3 sm:px-5">
        {children}
      </main>
    </>
  );
}
