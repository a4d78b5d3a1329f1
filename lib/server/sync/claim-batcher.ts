import type { Db } from '../db';
import { batchPerTurn } from '../batch-per-turn';
import { groupBy } from '../group-by';
import { claimClientIds } from './room-storage';

type Claim = { boardId: string; clientId: number; userId: string };
const claimKey = (c: Claim) => `${c.boardId}/${c.clientId}`;

/**
 * Claims clientIDs, the claims of one event-loop turn in one round trip per
 * board. When many people start typing at once (a workshop kicking off),
 * each first edit waits for one shared claim instead of queueing behind
 * everyone else's. Resolves to the owner: the claimant if it was free (the
 * first claim of a clientID in a turn counts, as if they had come one by
 * one). Rejects when the database cannot answer.
 */
export function claimBatcher(db: Db): (claim: Claim) => Promise<string> {
  const claim = batchPerTurn(async (claims: Claim[]) => {
    const owners = new Map<string, string>();
    for (const [boardId, list] of groupBy(claims, (c) => c.boardId)) {
      const found = await claimClientIds(db, boardId, list);
      for (const c of list) owners.set(claimKey(c), found.get(c.clientId) ?? c.userId);
    }
    return owners;
  }, claimKey);
  return async (c) => (await claim(c)) ?? c.userId;
}
