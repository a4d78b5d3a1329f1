'use client';

import { useEffect } from 'react';
import { forgetOfflineData } from '@/lib/client/offline/board-copies';

/**
 * The sign-in page is only shown to a browser without a live session: whatever it kept for offline
 * use belongs to a session that ended (signed out elsewhere, idle, password reset), so it goes.
 */
export function ForgetOfflineData() {
  useEffect(() => {
    void forgetOfflineData();
  }, []);
  return null;
}
