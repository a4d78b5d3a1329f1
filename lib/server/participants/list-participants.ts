import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TParticipant } from '../../shared/schemas/participant';
import { requireBoardPermission } from '../boards/board-access';
import { getDb, t } from '../db';
import { presentParticipants, type ParticipantRecord } from './present-participants';

/** Everyone on a board, with names and emails as the actor may see them. */
export async function listParticipants(opts: { actorId: string; boardId: string }): Promise<TParticipant[]> {
  const { board, participant } = await requireBoardPermission(opts.actorId, opts.boardId, 'members.read');
  const records = await findParticipantRecords(board.id);
  return presentParticipants(records, { userId: opts.actorId, role: participant.role }, board.customerVisibility);
}

export async function findParticipantRecords(boardId: string): Promise<ParticipantRecord[]> {
  return getDb()
    .select({
      userId: t.participants.userId,
      name: t.users.name,
      // A guest's unverified contact address, for the people who may see emails.
      email: sql<string | null>`coalesce(${t.users.email}, ${t.users.contactEmail})`,
      kind: t.users.kind,
      role: t.participants.role,
      side: t.participants.side,
      joinedAt: t.participants.createdAt,
    })
    .from(t.participants)
    .innerJoin(t.users, eq(t.users.id, t.participants.userId))
    .where(eq(t.participants.boardId, boardId))
    .orderBy(asc(t.participants.createdAt), asc(t.participants.userId));
}

/** One participant as an owner sees them (the answer to a change the owner made). */
export async function getParticipantForManager(boardId: string, userId: string, viewerId: string): Promise<TParticipant> {
  const all = presentParticipants(await findParticipantRecords(boardId), { userId: viewerId, role: 'owner' }, 'named');
  const found = all.find((p) => p.userId === userId);
  if (!found) throw new AppError('not_found', 'No such participant');
  return found;
}
