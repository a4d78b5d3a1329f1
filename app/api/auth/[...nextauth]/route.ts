import NextAuth from 'next-auth';
import { getAuthOptions } from '@/lib/server/auth/options';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: the secret and URL come from the running server.
async function handler(req: Request, ctx: Ctx) {
  return NextAuth(req as never, ctx as never, getAuthOptions());
}

export { handler as GET, handler as POST };
