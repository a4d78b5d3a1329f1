import * as Y from 'yjs';
import { seedBoardContent } from '../../lib/shared/board-doc/seed';
import { findTemplate } from '../../lib/shared/templates';

/** The content a new board starts with (default lanes + its template's scripts), as one update. */
export function seedContent(templateId: string | null = null): Uint8Array {
  const doc = new Y.Doc();
  seedBoardContent(doc, findTemplate(templateId));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
