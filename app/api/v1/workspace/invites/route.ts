import { ZWorkspaceInviteCreate } from '@/lib/shared/schemas/invite';
import { json, readJson, requireActor, requireStaff, route } from '@/lib/server/http/route';
import { createWorkspaceInvite } from '@/lib/server/invites/create-workspace-invite';

export const POST = route(async (req) => {
  const actor = requireStaff(await requireActor(req));
  const input = await readJson(req, ZWorkspaceInviteCreate);
  return json(await createWorkspaceInvite({ actor, input }), 201);
});
