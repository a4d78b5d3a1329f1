import { allows, decide } from './rules';
import type { LaneRule, PolicyContext } from './types';

/**
 * What one person may do on a board right now, as plain JSON: the sync
 * server keeps it per socket, and pushes it to the person's open page.
 */
export interface Capabilities {
  /** Why the scripts are read-only for this person, or null when they may edit. */
  readOnlyReason: string | null;
  /** Updates from this person may change the content room (lane rules still apply per cell). */
  write: boolean;
  deleteContent: boolean;
  manageLanes: boolean;
  propose: boolean;
  decideProposals: boolean;
  vote: boolean;
  rate: boolean;
  /** Customers on an anonymous board: presence carries no name. */
  anonymousToPeers: boolean;
  seesCustomerNames: boolean;
}

export function capabilitiesOf(ctx: PolicyContext): Capabilities {
  const edit = decide(ctx, 'content.edit');
  return {
    readOnlyReason: edit.allowed ? null : edit.reason,
    write: edit.allowed,
    deleteContent: allows(ctx, 'content.delete'),
    manageLanes: allows(ctx, 'lanes.manage'),
    propose: allows(ctx, 'proposal.create'),
    decideProposals: allows(ctx, 'proposal.decide'),
    vote: allows(ctx, 'vote'),
    rate: allows(ctx, 'rate'),
    anonymousToPeers: !allows(ctx, 'presence.named'),
    seesCustomerNames: allows(ctx, 'people.seeCustomerNames'),
  };
}

/** Whether a person with these capabilities may write a cell of this lane (the same rule as `lane.write`). */
export function mayWriteLane(ctx: PolicyContext, lane: LaneRule): boolean {
  return allows(ctx, 'lane.write', lane);
}

/** The lanes a new step of this person gets cells in (undefined: all of them). */
export function cellLanesFor(ctx: PolicyContext, lanes: ReadonlyArray<{ id: string } & LaneRule>): string[] | undefined {
  return ctx.side === 'firm' ? undefined : lanes.filter((lane) => mayWriteLane(ctx, lane)).map((lane) => lane.id);
}
