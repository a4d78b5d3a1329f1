'use client';

import { useEffect } from 'react';
import { publishOnline } from '@/lib/client/board/online-store';
import { useEditor } from './editor-context';
import { usePeers } from './use-presence';

/** Tells the page's People panel (outside the editor) who is on the board now. */
export function OnlinePublisher() {
  const { awareness } = useEditor();
  const peers = usePeers(awareness);
  const ids = [...new Set(peers.map((p) => p.user.id))].sort().join(' ');
  useEffect(() => {
    publishOnline(ids ? ids.split(' ') : []);
  }, [ids]);
  useEffect(() => () => publishOnline([]), []);
  return null;
}
