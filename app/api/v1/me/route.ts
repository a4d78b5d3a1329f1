import { json, requireActor, route } from '@/lib/server/http/route';
import { getMe } from '@/lib/server/users/get-me';

export const GET = route(async (req) => json(await getMe({ actor: await requireActor(req) })));
