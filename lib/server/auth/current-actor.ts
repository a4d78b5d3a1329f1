import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { resolveActor, type Actor } from './actor';

/** The signed-in person for a server component or server action, or null. */
export async function getCurrentActor(): Promise<Actor | null> {
  const [h, c] = await Promise.all([headers(), cookies()]);
  return resolveActor({ cookie: c.toString(), authorization: h.get('authorization') });
}

/** For pages: the actor, or a redirect to sign-in that comes back here. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
