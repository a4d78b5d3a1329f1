'use client';

import { useEffect, useState } from 'react';
import { openControl, watchAccess } from '@/lib/client/board/control';
import type { PolicyContext } from '@/lib/shared/policy';

/**
 * This person's policy context, live: the page starts with what the server
 * rendered and follows what the sync server publishes whenever a role, a
 * side, the board's settings or (later) a session phase change.
 */
export function useLiveAccess(boardId: string, rendered: PolicyContext): PolicyContext {
  const [live, setLive] = useState<PolicyContext | null>(null);
  useEffect(() => {
    const control = openControl(boardId);
    const stop = watchAccess(control, setLive);
    return () => {
      stop();
      control.destroy();
    };
  }, [boardId]);
  return live ?? rendered;
}
