import { AppHeader } from '@/components/shell/AppHeader';
import { getCurrentActor } from '@/lib/server/auth/current-actor';

/** Board pages: guests see only the header with their account, no workspace navigation. */
export default async function BoardLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <>
      {actor && <AppHeader user={actor} />}
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
        {children}
      </main>
    </>
  );
}
