/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (e.g. several checkouts' test runs) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Packages that hold process-wide state or native/wasm parts stay outside
  // Next's bundles so the custom server and route handlers share one copy.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'ioredis', 'pino', 'ws', 'yjs', 'y-protocols', 'lib0', 'nodemailer'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` runs `tsc --noEmit` over the whole repo once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
