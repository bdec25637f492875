/**
 * Runs once per server process before it serves: installs the guard that
 * decides which forwarded headers are believed (see lib/server/trusted-forwarding)
 * and starts this server's mail worker (see lib/mail/queue).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ randomBytes }, http, { env }, { installForwardingGuard }] = await Promise.all([
    import('node:crypto'),
    import('node:http'),
    import('./lib/env'),
    import('./lib/server/trusted-forwarding'),
  ]);
  installForwardingGuard(env.TRUSTED_PROXY_HOPS, {
    Server: http.Server,
    randomSecret: () => randomBytes(24).toString('base64url'),
  });
  // Not while `next build` prerenders: there may be no database yet.
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startAppMailWorker } = await import('./lib/mail/app-worker');
    startAppMailWorker();
  }
}
