import { allows, cellLanesFor as lanesFor, decide, REASON, type LaneRule, type PolicyContext } from '../policy';

/**
 * The editor's questions, answered by the rule book (lib/shared/policy):
 * the sync server decides with the same module.
 */
export type EditorActor = PolicyContext;

/** Why the scripts are read-only for this person, or null when they may edit them. */
export function readOnlyReason(actor: EditorActor): string | null {
  const decision = decide(actor, 'content.edit');
  return decision.allowed ? null : decision.reason;
}

/** Steps, scripts, titles, job and outcome. */
export function canEditStructure(actor: EditorActor): boolean {
  return allows(actor, 'content.edit');
}

/** A cell in a lane: customers only where the lane says "customers may write here". */
export function canWriteLane(actor: EditorActor, lane: LaneRule): boolean {
  return allows(actor, 'lane.write', lane);
}

/**
 * Deleting steps or scripts: the firm only. Deleting a step deletes its cells,
 * firm-only lanes included, which the server refuses from customers.
 */
export function canDeleteContent(actor: EditorActor): boolean {
  return allows(actor, 'content.delete');
}

/** The lanes a new step of this person gets cells in (undefined: all of them). */
export const cellLanesFor = lanesFor;

export const LANE_READ_ONLY_REASON = REASON.laneFirmOnly;

/** Adding, renaming, hiding, reordering lanes and their customer permission. */
export function canManageLanes(actor: EditorActor): boolean {
  return allows(actor, 'lanes.manage');
}
