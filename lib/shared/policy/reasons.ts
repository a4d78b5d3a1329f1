/** What a person reads when the rule book says no. One place, so the UI, the API and the socket agree. */
export const REASON = {
  archived: 'This board is archived: it can be read but not changed.',
  observer: 'You are an observer on this board: you see every change live but cannot edit.',
  customerPropose: 'On this board customers suggest changes as proposals rather than editing directly.',
  phaseLocked: 'Editing is paused in this phase of the session.',
  phaseProposeOnly: 'In this phase of the session changes are suggested as proposals.',
  laneFirmOnly: 'Only the firm writes in this lane.',
  deleteFirmOnly: 'Only the firm deletes steps and scripts.',
  lanesStaff: 'Only owners and moderators change the lanes.',
  ownerOnly: 'Only an owner of this board may do this.',
  runnersOnly: 'Only owners and moderators of this board may do this.',
  privateUntilReveal: 'Private proposals stay with their authors until they are revealed.',
  deciders: 'Only owners and moderators (and editors, where the board allows it) decide proposals.',
  proposalsClosed: 'Proposals are closed in this phase of the session.',
  votingClosed: 'Voting is not open in this phase of the session.',
  ratingClosed: 'Rating is not open in this phase of the session.',
  readOnlyRole: 'Your role on this board is read-only.',
} as const;
