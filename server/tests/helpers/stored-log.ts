import postgres from 'postgres';
import * as Y from 'yjs';

/** A board room as PostgreSQL holds it: the newest checkpoint plus the log after it, applied to a fresh document. */
export async function storedDocument(url: string, boardId: string, room: 'content' | 'control' = 'content'): Promise<Y.Doc> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [cp] = await sql`select seq, data from board_checkpoints where board_id = ${boardId} and room = ${room} order by seq desc limit 1`;
    const rows = await sql`select data from board_updates where board_id = ${boardId} and room = ${room} and seq > ${cp?.seq ?? 0} order by seq`;
    const doc = new Y.Doc();
    for (const part of [...(cp ? [cp.data] : []), ...rows.map((r) => r.data)]) Y.applyUpdate(doc, new Uint8Array(part));
    return doc;
  } finally {
    await sql.end();
  }
}
