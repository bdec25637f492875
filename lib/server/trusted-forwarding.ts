import { isIP } from 'node:net';

/**
 * Which request headers about the client Stream believes, and from whom.
 *
 * Next.js keeps an `X-Forwarded-For` the client sent and only fills it in when
 * it is absent, so without this guard any caller could pick its own address
 * (and every per-address limit with it). The guard runs on every request
 * before Next.js sees it: with `TRUSTED_PROXY_HOPS=0` (no proxy) it drops
 * every forwarded header, so Next.js records the socket's own address; with N
 * proxies in front it keeps what the nearest N proxies recorded and reduces
 * `X-Forwarded-For` to the one address they vouch for. A marker header with a
 * per-process secret says the guard ran; `clientIp` trusts nothing without it.
 * lib/server/request-gate.ts applies it to every request.
 */

/** Headers a client may send to claim an address, a host or a scheme. */
const FORWARDED_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
] as const;

export const GUARD_MARKER_HEADER = 'x-stream-forwarding-guard';
const GUARD_KEY = Symbol.for('stream.trusted-forwarding.secret');

type GuardGlobal = typeof globalThis & { [GUARD_KEY]?: string };

/** The secret the guard marks requests with in this process, once installed. */
export function guardSecret(): string | undefined {
  return (globalThis as GuardGlobal)[GUARD_KEY];
}

/** Makes this process's secret once; later calls return the same one. */
export function ensureGuardSecret(randomSecret: () => string): string {
  const global = globalThis as GuardGlobal;
  global[GUARD_KEY] ??= randomSecret();
  return global[GUARD_KEY];
}

/** "::ffff:203.0.113.7" and "203.0.113.7" are the same caller. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4
    ? trimmed.slice(7)
    : trimmed;
}

/**
 * The bucket an address is limited under. One IPv6 subscriber usually holds
 * a whole /64 (2^64 addresses), so counting single addresses would let one
 * caller rotate through fresh ones forever: IPv6 addresses count by their
 * /64 network. IPv4 addresses (and anything else) count alone.
 */
export function limitBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  // An embedded IPv4 tail ("::ffff:1.2.3.4") fills two groups.
  const width = (groups: string[]) =>
    groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - width(left) - width(right))).fill('0'), ...right]
    : left;
  const network = groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ''));
  while (network.length < 4) network.push('0');
  return `${network.join(':')}::/64`;
}

/**
 * The client's address given the socket peer, the `X-Forwarded-For` chain
 * and how many proxies in front of the app are trusted. Each trusted proxy
 * appends its own peer, so the client is `hops` entries from the right of
 * [...forwardedFor, socket]. Entries that are not IP addresses end the walk:
 * the last good address the trusted chain recorded is used instead.
 */
export function trustedClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedHops: number,
): string | undefined {
  const socket = socketAddress ? normalizeAddress(socketAddress) : undefined;
  if (trustedHops <= 0) return socket;
  const chain = (forwardedFor ?? '')
    .split(',')
    .map(normalizeAddress)
    .filter((entry) => entry !== '');
  let client = socket;
  for (let step = 1; step <= trustedHops; step++) {
    const entry = chain[chain.length - step];
    if (entry === undefined || isIP(entry) === 0) break;
    client = entry;
  }
  return client;
}

export interface GuardedRequest {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/** Rewrites one incoming request's headers to what the trusted chain vouches for. */
export function applyTrustedForwarding(
  request: GuardedRequest,
  trustedHops: number,
  secret: string,
): void {
  const headers = request.headers;
  const client = trustedClientAddress(
    request.socket?.remoteAddress,
    single(headers['x-forwarded-for']),
    trustedHops,
  );
  if (trustedHops <= 0) {
    for (const name of FORWARDED_HEADERS) delete headers[name];
  } else {
    delete headers.forwarded;
    delete headers['x-real-ip'];
  }
  if (client) headers['x-forwarded-for'] = client;
  else delete headers['x-forwarded-for'];
  headers[GUARD_MARKER_HEADER] = secret;
}
