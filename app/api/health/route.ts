import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/server/db';

export const dynamic = 'force-dynamic';

export async function GET() {
  const started = Date.now();
  let database: { ok: boolean; latencyMs?: number; error?: string };
  try {
    await getDb().execute(sql`select 1`);
    database = { ok: true, latencyMs: Date.now() - started };
  } catch (e) {
    database = { ok: false, error: (e as Error).message };
  }
  const ok = database.ok;
  return Response.json({ status: ok ? 'ok' : 'degraded', database }, { status: ok ? 200 : 503 });
}
