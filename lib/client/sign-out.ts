import { signOut } from 'next-auth/react';
import { forgetOfflinePages } from './offline/service-worker';

/** Signs out of this browser and forgets the board pages it kept for offline use. */
export async function signOutHere(): Promise<void> {
  await forgetOfflinePages().catch(() => undefined);
  await signOut({ callbackUrl: '/signin' });
}
