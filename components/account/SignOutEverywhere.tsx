'use client';

import { signOutHere } from '@/lib/client/sign-out';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toast';

export function SignOutEverywhere() {
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  async function run() {
    setBusy(true);
    try {
      await api('POST', '/api/v1/me/sign-out-everywhere');
      await signOutHere();
    } catch (error) {
      toast.error(errorMessage(error));
      setBusy(false);
    }
  }
  return (
    <Button variant="secondary" busy={busy} onClick={run}>
      Sign out everywhere
    </Button>
  );
}
