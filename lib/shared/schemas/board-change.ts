import { z } from 'zod';

const ZDocId = z.string().min(1).max(64);
const ZText = z.string().max(20_000);

/**
 * A change to a board's content as plain data: what an accepted proposal, a
 * restore or an import applies through the server's credited write. The
 * server interprets it with the board-doc helpers (lib/shared/board-doc/apply-change.ts).
 */
export const ZBoardChangeOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('setCellText'), scriptId: ZDocId, stepId: ZDocId, laneId: ZDocId, text: ZText }).strict(),
  z.object({ op: z.literal('setScriptTitle'), scriptId: ZDocId, text: z.string().max(200) }).strict(),
  z.object({ op: z.literal('addStep'), scriptId: ZDocId, index: z.number().int().min(0), cells: z.record(ZDocId, ZText).optional() }).strict(),
  z.object({ op: z.literal('moveStep'), scriptId: ZDocId, stepId: ZDocId, index: z.number().int().min(0) }).strict(),
  z.object({ op: z.literal('removeStep'), scriptId: ZDocId, stepId: ZDocId }).strict(),
  z.object({ op: z.literal('removeScript'), scriptId: ZDocId }).strict(),
  z.object({ op: z.literal('addScript'), title: z.string().trim().min(1).max(200), steps: z.number().int().min(0).max(50).optional() }).strict(),
]);
export type TBoardChangeOp = z.infer<typeof ZBoardChangeOp>;

/** Applied in order, as one Yjs transaction (one update in the log). */
export const ZBoardChange = z.array(ZBoardChangeOp).min(1).max(200);
export type TBoardChange = z.infer<typeof ZBoardChange>;
