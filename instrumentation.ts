/**
 * Runs once per server process before it serves: installs the gate every
 * request passes first (trusted forwarded headers, refusals Next.js would
 * answer with a 500; see lib/server/request-gate.ts), and starts this
 * server's mail worker (see lib/mail/queue.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [
    { randomBytes },
    http,
    { env },
    { installRequestGate },
    { ACTION_BODY_LIMIT_BYTES },
    { prerenderedRoutes },
  ] = await Promise.all([
    import('node:crypto'),
    import('node:http'),
    import('./lib/env'),
    import('./lib/server/request-gate'),
    import('./lib/server/limits'),
    import('./lib/server/prerendered-routes'),
  ]);
  installRequestGate(
    {
      trustedHops: env.TRUSTED_PROXY_HOPS,
      actionBodyLimitBytes: ACTION_BODY_LIMIT_BYTES,
      siteOrigin: new URL(env.STREAM_SITE_URL).origin,
      prerenderedRoutes: prerenderedRoutes(),
    },
    { Server: http.Server, randomSecret: () => randomBytes(24).toString('base64url') },
  );
  // Not while `next build` prerenders: there may be no database yet.
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startAppMailWorker } = await import('./lib/mail/app-worker');
    startAppMailWorker();
  }
}
