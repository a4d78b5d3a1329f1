import { json, requireActor, requireStaff, route } from '@/lib/server/http/route';
import { listWorkspaceMembers } from '@/lib/server/workspace/list-members';

export const GET = route(async (req) => {
  const actor = requireStaff(await requireActor(req));
  return json({ members: await listWorkspaceMembers({ actorId: actor.userId }) });
});
