import type { Awareness } from 'y-protocols/awareness';
import { readPeers, type Peer } from './presence';

type Listener = (peers: Peer[]) => void;

/**
 * Peers grouped by the field their caret is in, read once per awareness
 * change. A field's listeners run only when the carets in that field change,
 * so a remote person typing re-renders one cell, not every visible one.
 */
export class PresenceIndex {
  private readonly listeners = new Map<string, Set<Listener>>();
  private byField = new Map<string, Peer[]>();
  private signatures = new Map<string, string>();

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', this.refresh);
    this.refresh();
  }

  peersIn(fieldKey: string): Peer[] {
    return this.byField.get(fieldKey) ?? [];
  }

  subscribe(fieldKey: string, listener: Listener): () => void {
    let set = this.listeners.get(fieldKey);
    if (!set) this.listeners.set(fieldKey, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(fieldKey);
    };
  }

  destroy(): void {
    this.awareness.off('change', this.refresh);
    this.listeners.clear();
  }

  private readonly refresh = () => {
    const byField = new Map<string, Peer[]>();
    for (const peer of readPeers(this.awareness)) {
      if (!peer.cursor) continue;
      const list = byField.get(peer.cursor.key) ?? [];
      list.push(peer);
      byField.set(peer.cursor.key, list);
    }
    const signatures = new Map<string, string>();
    for (const [key, peers] of byField) signatures.set(key, peers.map((p) => `${p.clientId}:${JSON.stringify(p.cursor)}`).join('|'));
    const changed = new Set<string>();
    for (const key of new Set([...signatures.keys(), ...this.signatures.keys()])) {
      if (signatures.get(key) !== this.signatures.get(key)) changed.add(key);
    }
    this.byField = byField;
    this.signatures = signatures;
    for (const key of changed) for (const listener of this.listeners.get(key) ?? []) listener(this.peersIn(key));
  };
}
