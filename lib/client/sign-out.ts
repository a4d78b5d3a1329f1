import { signOut } from 'next-auth/react';
import { forgetOfflineData } from './offline/board-copies';

/** Signs out of this browser (ending the session on the server) and forgets what it kept for offline use. */
export async function signOutHere(): Promise<void> {
  await forgetOfflineData();
  await signOut({ callbackUrl: '/signin' });
}
