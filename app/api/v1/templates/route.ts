import { json, requireActor, route } from '@/lib/server/http/route';
import { templateSummaries } from '@/lib/shared/templates';

/** The templates a board (`POST /api/v1/boards` with `template`) or a script can start from. */
export const GET = route(async (req) => {
  await requireActor(req);
  return json({ templates: templateSummaries() });
});
