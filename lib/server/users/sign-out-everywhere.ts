import { getDb } from '../db';
import { getRuntime } from '../runtime';
import { revokeCredentials } from './revoke-credentials';

/** Ends every session and revokes every API token of a user; open sockets close. */
export async function signOutEverywhere(opts: { actorId: string }): Promise<void> {
  await getDb().transaction((tx) => revokeCredentials(tx, opts.actorId));
  getRuntime().sync?.disconnectUser(opts.actorId);
}
