import { canWriteContent, type Role, type Side } from '../roles';

/** Who is editing, as the server knows them. The sync server and the editor both decide with these functions. */
export interface EditorActor {
  role: Role;
  side: Side;
  customerEditMode: 'direct' | 'propose';
}

/** Why the whole board is read-only for this person, or null when they may edit it. */
export function readOnlyReason(actor: EditorActor): string | null {
  if (actor.role === 'observer') return 'You are an observer on this board: you see every change live but cannot edit.';
  if (!canWriteContent(actor.role, actor.side, actor.customerEditMode)) {
    return 'On this board customers suggest changes as proposals rather than editing directly.';
  }
  return null;
}

/** Steps, scripts, titles, job and outcome: anyone who may write content. */
export function canEditStructure(actor: EditorActor): boolean {
  return readOnlyReason(actor) === null;
}

/** A cell in a lane: customers only where the lane says "customers may write here". */
export function canWriteLane(actor: EditorActor, lane: { customerWritable: boolean }): boolean {
  return canEditStructure(actor) && (actor.side !== 'customer' || lane.customerWritable);
}

/**
 * Deleting steps or scripts: the firm only. Deleting a step deletes its cells,
 * firm-only lanes included, which the server refuses from customers.
 */
export function canDeleteContent(actor: EditorActor): boolean {
  return canEditStructure(actor) && actor.side === 'firm';
}

/** The lanes a new step of this person gets cells in (undefined: all of them). */
export function cellLanesFor(actor: EditorActor, lanes: ReadonlyArray<{ id: string; customerWritable: boolean }>): string[] | undefined {
  return actor.side === 'firm' ? undefined : lanes.filter((lane) => canWriteLane(actor, lane)).map((lane) => lane.id);
}

export const LANE_READ_ONLY_REASON = 'Only the firm writes in this lane.';

/** Adding, renaming, hiding, reordering lanes and their customer permission. */
export function canManageLanes(actor: Pick<EditorActor, 'role'>): boolean {
  return actor.role === 'owner' || actor.role === 'moderator';
}
