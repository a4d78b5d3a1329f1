'use client';

import { useEffect, useState } from 'react';
import { afterFirstPaint } from '@/lib/client/first-paint';
import type { PolicyContext } from '@/lib/shared/policy';

/**
 * This person's policy context, live: the page starts with what the server
 * rendered and follows what the sync server publishes whenever a role, a
 * side, the board's settings or (later) a session phase change.
 */
export function useLiveAccess(boardId: string, rendered: PolicyContext): PolicyContext {
  const [live, setLive] = useState<PolicyContext | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    // After the first paint: the control socket needs Yjs and the rules' schema, which the page's first
    // render does not (the server rendered the rules), and a slow phone would fetch and compile them first.
    const cancelWait = afterFirstPaint(() => {
      void import('@/lib/client/board/control').then(({ openControl, watchAccess }) => {
        if (cancelled) return;
        const control = openControl(boardId);
        const unwatch = watchAccess(control, setLive);
        stop = () => {
          unwatch();
          control.destroy();
        };
      });
    });
    return () => {
      cancelled = true;
      cancelWait();
      stop?.();
    };
  }, [boardId]);
  return live ?? rendered;
}
