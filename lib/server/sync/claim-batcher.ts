import type { Db } from '../db';
import { claimClientIds } from './room-storage';

interface Waiting {
  clientId: number;
  userId: string;
  resolve: (owner: string) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the clientID claims of one event-loop turn into one database
 * round trip per board. When many people start typing at once (a workshop
 * kicking off), each first edit waits for one shared claim instead of
 * queueing behind everyone else's.
 */
export class ClaimBatcher {
  private waiting = new Map<string, Waiting[]>();
  private scheduled = false;

  constructor(private readonly db: Db) {}

  /** The owner of `clientId` on the board: `userId` if it was free. Rejects when the database cannot answer. */
  claim(boardId: string, clientId: number, userId: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(boardId) ?? [];
      list.push({ clientId, userId, resolve, reject });
      this.waiting.set(boardId, list);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.run());
      }
    });
  }

  private run(): void {
    this.scheduled = false;
    const batches = this.waiting;
    this.waiting = new Map();
    for (const [boardId, list] of batches) {
      // The first claim of a clientID in the batch is the one that counts, as if they had come one by one.
      const first = new Map<number, string>();
      for (const w of list) if (!first.has(w.clientId)) first.set(w.clientId, w.userId);
      claimClientIds(this.db, boardId, [...first].map(([clientId, userId]) => ({ clientId, userId }))).then(
        (owners) => list.forEach((w) => w.resolve(owners.get(w.clientId) ?? first.get(w.clientId)!)),
        (error: unknown) => list.forEach((w) => w.reject(error)),
      );
    }
  }
}
