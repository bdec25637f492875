import 'server-only';
import { GUARD_MARKER_HEADER, guardSecret, limitBucket } from '@/lib/server/trusted-forwarding';

/**
 * The caller's address for per-address limits, as the forwarding guard left
 * it: the socket peer, or what the configured trusted proxies recorded
 * (TRUSTED_PROXY_HOPS); an IPv6 caller counts by its /64 network. A request the guard did not mark (it came in before
 * the guard was installed) shares one "unknown" bucket: it fails closed, and
 * nothing the client sent can pick another.
 */
export function clientIp(headers: Headers): string {
  const secret = guardSecret();
  if (!secret || headers.get(GUARD_MARKER_HEADER) !== secret) return 'unknown';
  const address = headers.get('x-forwarded-for')?.trim();
  return address ? limitBucket(address) : 'unknown';
}
