/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (e.g. several checkouts' test runs) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Packages that hold process-wide state or native/wasm parts stay outside
  // Next's bundles so the custom server and route handlers share one copy.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'ioredis', 'pino', 'ws', 'yjs', 'y-protocols', 'lib0', 'nodemailer'],
  poweredByHeader: false,
  // On every response; the page CSP (with its per-request nonce) comes from proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // Invite links carry their token in the path: it never leaves this origin in a Referer.
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
  // forbidden(): a page someone may not see answers 403, as the API does.
  experimental: { authInterrupts: true },
  reactStrictMode: true,
  // `npm test` runs `tsc --noEmit` over the whole repo once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
