'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import type { TBoardUpdate } from '@/lib/shared/schemas/board';
import { useToast } from '@/components/ui/Toast';

/** Saves part of a board's settings, says so (or why not), and re-renders the page with what the server kept. */
export function useSaveBoardSettings(boardId: string, savedMessage: string) {
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const toast = useToast();
  async function save(patch: TBoardUpdate) {
    setBusy(true);
    try {
      await api('PATCH', `/api/v1/boards/${boardId}`, patch);
      toast.success(savedMessage);
      router.refresh();
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, save };
}
