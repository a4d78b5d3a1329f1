import type { TMe } from '../../shared/schemas/workspace';
import type { Actor } from '../auth/actor';
import { getWorkspaceForUser } from '../workspace/get-workspace';

/** Who the actor is, and their workspace (null for guests). */
export async function getMe(opts: { actor: Actor }): Promise<TMe> {
  const { actor } = opts;
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email, kind: actor.kind },
    workspace: actor.kind === 'staff' ? await getWorkspaceForUser(actor.userId) : null,
  };
}
