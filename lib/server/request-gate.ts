import { GzipCache, servePrerenderedGzip } from './prerendered-gzip';
import {
  applyTrustedForwarding,
  ensureGuardSecret,
  type GuardedRequest,
} from './trusted-forwarding';

/**
 * The first thing every request meets, before Next.js routes it. It settles
 * what the client may claim (forwarded headers, see trusted-forwarding.ts)
 * and refuses, with a 4xx that says why, requests Next.js itself would
 * answer with a 500: a path with malformed percent-encoding, and a Server
 * Action from another site or with a body over the limit (or of unknown
 * length, which a browser never sends). Prerendered pages it lets through
 * are compressed once, not on every request (prerendered-gzip.ts).
 */

export interface GateConfig {
  trustedHops: number;
  /** Largest Server Action body in bytes (next.config's serverActions.bodySizeLimit). */
  actionBodyLimitBytes: number;
  /** Origin of STREAM_SITE_URL: always an allowed origin for actions. */
  siteOrigin: string;
  /** Paths of the prerendered pages, served compressed once (see prerendered-gzip.ts). */
  prerenderedRoutes?: ReadonlySet<string>;
}

export interface Refusal {
  status: 400 | 403 | 411 | 413;
  code: string;
  message: string;
  field: string;
}

type Headers = GuardedRequest['headers'];

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const query = raw.search(/[?#]/);
  return query === -1 ? raw : raw.slice(0, query);
}

function hasMalformedEncoding(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Why a request must be refused, or null to let it through. Runs after the
 * forwarded headers were settled, so `x-forwarded-host` is a trusted proxy's.
 */
export function refusalFor(
  request: { method?: string; url?: string; headers: Headers },
  config: GateConfig,
): Refusal | null {
  if (hasMalformedEncoding(pathOf(request.url)))
    return {
      status: 400,
      code: 'malformed_url',
      message: 'the path has malformed percent-encoding',
      field: 'path',
    };
  // Pages take POST only as Server Actions: by fetch (Next-Action header) or,
  // without JavaScript, as a plain form post to the page.
  const isAction =
    request.method === 'POST' &&
    (header(request.headers, 'next-action') !== undefined ||
      !pathOf(request.url).startsWith('/api/'));
  if (!isAction) return null;
  const origin = header(request.headers, 'origin');
  if (origin !== undefined) {
    const from = originHost(origin);
    const host = header(request.headers, 'x-forwarded-host') ?? header(request.headers, 'host');
    const site = originHost(config.siteOrigin);
    if (from === null || (from !== host && from !== site))
      return {
        status: 403,
        code: 'cross_site_action',
        message: 'this action can only be sent from Stream itself',
        field: 'origin',
      };
  }
  const length = header(request.headers, 'content-length');
  if (length === undefined)
    return {
      status: 411,
      code: 'length_required',
      message: 'send the action with a Content-Length',
      field: 'content-length',
    };
  if (!/^\d+$/.test(length) || Number(length) > config.actionBodyLimitBytes)
    return {
      status: 413,
      code: 'payload_too_large',
      message: `an action's body must be at most ${config.actionBodyLimitBytes} bytes`,
      field: 'body',
    };
  return null;
}

interface GateResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(body: string): unknown;
  end(body?: string): unknown;
}

interface GateRequest {
  headers: Headers;
  on(event: 'data', listener: (chunk: { length: number }) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  pause(): unknown;
  destroy(): unknown;
}

/** What a refused request may still send while its answer goes out, before it is cut off. */
const LINGER_BYTES = 1024 * 1024;
const LINGER_MS = 2_000;

function hasBody(headers: Headers): boolean {
  const length = header(headers, 'content-length');
  return (
    header(headers, 'transfer-encoding') !== undefined || (length !== undefined && length !== '0')
  );
}

function refuse(request: GateRequest, response: GateResponse, refusal: Refusal): void {
  const body = JSON.stringify({
    error: { code: refusal.code, message: refusal.message, field: refusal.field },
  });
  response.writeHead(refusal.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
  });
  if (!hasBody(request.headers)) {
    response.end(body);
    return;
  }
  // A lingering close. Closing while the client is still uploading resets
  // the connection, and a client busy writing then fails on its next write
  // and never reads the answer it was sent. So the whole answer goes out
  // (its length is declared) but the exchange stays open: what the client
  // still sends is read and dropped up to a cap, then no longer read at all,
  // which stalls its upload without an error until it has read the answer
  // and hung up. A client that never does is cut off after a moment.
  response.write(body);
  let dropped = 0;
  const timer = setTimeout(() => request.destroy(), LINGER_MS);
  timer.unref?.();
  request.on('data', (chunk) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) request.pause();
  });
  request.on('end', () => {
    clearTimeout(timer);
    response.end();
  });
  request.on('close', () => clearTimeout(timer));
}

/**
 * Installs the gate on every HTTP server of this process (Next.js's own
 * included), by wrapping the `request` event. Idempotent.
 */
export function installRequestGate(
  config: GateConfig,
  {
    Server,
    randomSecret,
  }: {
    Server: { prototype: object };
    randomSecret: () => string;
  },
): void {
  const proto = Server.prototype as {
    emit: (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
    __streamGate?: true;
  };
  if (proto.__streamGate) return;
  const secret = ensureGuardSecret(randomSecret);
  const gzipCache = new GzipCache();
  const emit = proto.emit;
  proto.emit = function gatedEmit(event, ...args) {
    if (event === 'request') {
      const [request, response] = args as [
        GuardedRequest & GateRequest & { method?: string; url?: string },
        GateResponse,
      ];
      applyTrustedForwarding(request, config.trustedHops, secret);
      const refusal = refusalFor(request, config);
      if (refusal) {
        refuse(request, response, refusal);
        return true;
      }
      if (config.prerenderedRoutes)
        servePrerenderedGzip(
          request,
          response as unknown as Parameters<typeof servePrerenderedGzip>[1],
          config.prerenderedRoutes,
          gzipCache,
        );
    }
    return emit.call(this, event, ...args);
  };
  proto.__streamGate = true;
}
