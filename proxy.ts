import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, PATHNAME_HEADER } from './lib/shared/security-headers';

/**
 * Every page gets a fresh CSP nonce: Next.js reads it from the request's CSP header and puts it on
 * the scripts it renders, and 'strict-dynamic' lets those load the rest. Pages are therefore always
 * rendered per request (the root layout opts in).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  // Layouts cannot see which child page renders; the board layout needs it to answer 403 with a real status.
  headers.set(PATHNAME_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|sw.js|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
