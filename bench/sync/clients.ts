import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Target } from './targets';

/**
 * A y-websocket client speaking the protocol directly (one message per
 * frame), light enough to run hundreds in one process. With `doc` it keeps
 * a replica; without, it only completes the handshake and drains.
 */
export class BenchClient {
  readonly ws: WebSocket;
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  synced = false;
  readonly opened: Promise<void>;
  onUpdate: ((update: Uint8Array) => void) | null = null;
  onAwareness: ((update: Uint8Array) => void) | null = null;

  constructor(target: Pick<Target, 'roomUrl' | 'headers'>, room: string, readonly replicate: boolean) {
    this.ws = new WebSocket(target.roomUrl(room), { headers: target.headers, perMessageDeflate: false });
    this.ws.binaryType = 'nodebuffer';
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.ws.on('error', () => {});
    // A view, not `new Uint8Array(data)` (a copy: 1 GB of memcpy in a 200 × 5 MB join storm).
    this.ws.on('message', (data: Buffer) => this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    this.ws.once('open', () => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, this.doc);
      this.ws.send(encoding.toUint8Array(e));
    });
    if (replicate) this.doc.on('update', (u: Uint8Array, origin: unknown) => origin !== this && this.sendUpdate(u));
  }

  private receive(data: Uint8Array): void {
    const d = decoding.createDecoder(data);
    const type = decoding.readVarUint(d);
    if (type === 0) {
      const sub = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (sub === 0) {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 0);
        syncProtocol.writeSyncStep2(e, this.doc, payload);
        this.ws.send(encoding.toUint8Array(e));
      } else {
        if (sub === 1) this.synced = true;
        if (this.replicate) Y.applyUpdate(this.doc, payload, this);
        this.onUpdate?.(payload);
      }
    } else if (type === 1) {
      this.onAwareness?.(decoding.readVarUint8Array(d));
    }
  }

  sendUpdate(update: Uint8Array): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    syncProtocol.writeUpdate(e, update);
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(encoding.toUint8Array(e));
  }

  sendAwareness(): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(encoding.toUint8Array(e));
  }

  close(): void {
    this.awareness.destroy();
    this.ws.terminate();
    this.doc.destroy();
  }
}

export async function waitUntil(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('bench: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
