import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Page } from '@playwright/test';

/** A y-websocket "update" frame (sync message, update sub-type) carrying `update`. */
export function updateFrame(update: Uint8Array): number[] {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return Array.from(encoding.toUint8Array(encoder));
}

/** An update that `edit` makes on a copy of `base`, as the bytes a crafted client would send. */
export function craftUpdate(base: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(copy);
  edit(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

/**
 * Opens a raw socket to the board from the page (so its session cookie is
 * used), sends the frame, and returns the close code the server answers with.
 */
export function sendRawFrame(page: Page, boardId: string, frame: number[]): Promise<number> {
  return page.evaluate(
    ({ boardId, frame }) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`ws://${location.host}/sync/${boardId}`);
        ws.binaryType = 'arraybuffer';
        ws.onopen = () => ws.send(new Uint8Array(frame));
        ws.onclose = (event) => resolve(event.code);
      }),
    { boardId, frame },
  );
}
