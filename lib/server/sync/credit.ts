/**
 * Who a change to a board is credited to, as the server knows it. Every
 * stored update carries one: a socket's update credits the socket's user; a
 * change the server makes on someone's behalf (an accepted proposal, a
 * restore, an import) credits the person it is for and, for a proposal, the
 * one who accepted it.
 */
export interface Credit {
  /** null only for changes nobody asked for (none today). */
  authorId: string | null;
  acceptedBy?: string | null;
  proposalId?: string | null;
  sessionId?: string | null;
}

/** A transaction origin that says whom its changes are credited to (sockets, server writes). */
export interface Credited {
  readonly credit: Credit;
}

export function creditOf(origin: unknown): Credit | null {
  const credit = (origin as Partial<Credited> | null)?.credit;
  return credit && typeof credit === 'object' ? credit : null;
}

/** The origin of one credited server write. */
export function serverWrite(credit: Credit): Credited {
  return { credit };
}
