/**
 * Websocket close codes of the sync endpoint (documented in the README).
 * 4xxx mirror HTTP statuses so a client can tell "sign in again" from "go away".
 */
export const CloseCode = {
  /** The server is shutting down; reconnect to another process. */
  goingAway: 1001,
  /** A frame larger than SYNC_MAX_MESSAGE_BYTES (sent by `ws` itself). */
  frameTooLarge: 1009,
  /** Malformed URL or protocol message (e.g. an update yjs could not safely decode). */
  malformed: 4400,
  /** No valid session cookie or API token. */
  unauthenticated: 4401,
  /** Origin not allowed, read-only role wrote, clientID of someone else, a refused effect (lanes, something the server lacks), removed from the board. */
  forbidden: 4403,
  /** No such board, or the user is not on it (existence is not revealed). */
  notFound: 4404,
  /** The board is archived: it can be read but not changed (a write arrived anyway). Restoring it reopens writing. */
  archived: 4409,
  /** A message over the size limit. */
  tooLarge: 4413,
  /** Too many connection attempts, or the connection's message/byte budget is used up. */
  rateLimited: 4429,
  /** The board could not be loaded (database unavailable); try again later. */
  unavailable: 4503,
} as const;

export type TCloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Raised inside message handling to close the offending socket with a code and reason. */
export class SocketRefusal extends Error {
  constructor(
    readonly code: TCloseCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}
