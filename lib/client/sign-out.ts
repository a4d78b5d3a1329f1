import { forgetOfflineData } from './offline/board-copies';

/** Signs out of this browser (ending the session on the server) and forgets what it kept for offline use. */
export async function signOutHere(): Promise<void> {
  await forgetOfflineData();
  // next-auth's client is needed only here: fetched on the click, not with every page.
  const { signOut } = await import('next-auth/react');
  await signOut({ callbackUrl: '/signin' });
}
