import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { addLane, addStepAt, cellText, getScript, listLanes, listScripts, listSteps } from '../../lib/shared/board-doc';

/** A second person: a y-websocket client in Node, signed in with a session cookie. */
export async function connectRemote(url: string, boardId: string, cookie: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/sync`, boardId, doc, {
    WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider };
}

/** Grows the seeded board to `lanes` lanes and its first script to `steps` steps, every cell holding a sentence. */
export function populate(doc: Y.Doc, steps: number, lanes: number): string {
  const scriptId = listScripts(doc)[0]!.id;
  const script = getScript(doc, scriptId)!;
  doc.transact(() => {
    for (let i = listLanes(doc).length; i < lanes; i++) addLane(doc, { name: `Extra lane ${i + 1}` });
    for (let i = listSteps(script).length; i < steps; i++) addStepAt(script, i);
    listSteps(script).forEach((step, i) => {
      for (const lane of listLanes(doc)) cellText(script, step.id, lane.id).insert(0, `Step ${i + 1}: what happens in ${lane.name.toLowerCase()}.`);
    });
  });
  return scriptId;
}

/** Types into one cell at `perSecond` characters a second (moving its caret in presence) until stopped. */
export function streamEdits(doc: Y.Doc, provider: WebsocketProvider, text: Y.Text, fieldKey: string, perSecond: number): () => void {
  let n = 0;
  const timer = setInterval(() => {
    const at = text.length;
    doc.transact(() => text.insert(at, 'abcdefghij'[n++ % 10]!));
    provider.awareness.setLocalStateField('cursor', {
      key: fieldKey,
      anchor: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at + 1)),
      head: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at + 1)),
    });
  }, 1000 / perSecond);
  return () => clearInterval(timer);
}
