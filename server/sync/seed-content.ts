import * as Y from 'yjs';
import { seedBoardContent } from '../../lib/shared/board-doc/seed';

/** The content a new board starts with (default lanes + one empty script), as one update. */
export function seedContent(): Uint8Array {
  const doc = new Y.Doc();
  seedBoardContent(doc);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
