/**
 * Prerendered pages, compressed once. Next.js compresses every response as
 * it sends it, so a 100 KB lesson page is gzipped again on every request.
 * For a prerendered page (a route in .next/prerender-manifest.json) fetched
 * as a document by a client that takes gzip, this takes over compression:
 * the page's bytes are gzipped once per version (its ETag) and the same
 * compressed bytes are sent from then on. Everything else is left to
 * Next.js as before.
 */
import { gzipSync } from 'node:zlib';

/** Compressed pages kept, by ETag; a new build brings new ETags, so old ones age out. */
const MAX_ENTRIES = 256;

export class GzipCache {
  private readonly entries = new Map<string, Buffer>();

  gzip(etag: string, body: Buffer): Buffer {
    const cached = this.entries.get(etag);
    if (cached) return cached;
    const compressed = gzipSync(body, { level: 9 });
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(etag, compressed);
    return compressed;
  }

  get size(): number {
    return this.entries.size;
  }
}

export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

type HeaderValue = number | string | string[] | undefined;

interface Request {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

interface Response {
  statusCode: number;
  getHeader(name: string): HeaderValue;
  setHeader(name: string, value: number | string | readonly string[]): unknown;
  removeHeader(name: string): void;
  writeHead(...args: unknown[]): unknown;
  write(...args: unknown[]): boolean;
  end(...args: unknown[]): unknown;
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const cut = raw.search(/[?#]/);
  return cut === -1 ? raw : raw.slice(0, cut);
}

/** A plain document request for one of the prerendered pages, not a React payload. */
export function isPrerenderedDocument(request: Request, routes: ReadonlySet<string>): boolean {
  if (request.method !== 'GET') return false;
  if (request.headers.rsc !== undefined || request.headers['next-router-prefetch'] !== undefined)
    return false;
  if (request.url?.includes('?')) return false;
  const path = pathOf(request.url);
  return routes.has(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
}

function chunkOf(data: unknown, encoding: unknown): Buffer | null {
  if (data === undefined || data === null || typeof data === 'function') return null;
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof Uint8Array) return Buffer.from(data);
  return Buffer.from(
    String(data),
    typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
  );
}

/**
 * Takes over compression of this response if it is a prerendered page for a
 * client that takes gzip. Call before Next.js sees the request.
 */
export function servePrerenderedGzip(
  request: Request,
  response: Response,
  routes: ReadonlySet<string>,
  cache: GzipCache,
): void {
  if (!isPrerenderedDocument(request, routes) || !acceptsGzip(header(request, 'accept-encoding')))
    return;
  // Next.js then sends the page as it is, and this response compresses it.
  delete request.headers['accept-encoding'];
  const chunks: Buffer[] = [];
  let buffering: boolean | undefined;
  const original = {
    writeHead: response.writeHead.bind(response),
    write: response.write.bind(response),
    end: response.end.bind(response),
  };
  // Decided when the headers go out: only a whole 200 page with an ETag is cached.
  const decide = () => {
    if (buffering !== undefined) return buffering;
    buffering =
      response.statusCode === 200 &&
      typeof response.getHeader('etag') === 'string' &&
      response.getHeader('content-encoding') === undefined &&
      String(response.getHeader('content-type') ?? '').startsWith('text/html');
    return buffering;
  };
  response.writeHead = (...args: unknown[]) => {
    if (typeof args[0] === 'number') response.statusCode = args[0];
    const headers = args.find((arg, i) => i > 0 && typeof arg === 'object' && arg !== null);
    if (headers && !Array.isArray(headers))
      for (const [name, value] of Object.entries(headers as Record<string, HeaderValue>))
        if (value !== undefined) response.setHeader(name, value as string);
    // A buffered page's headers go out with its compressed bytes, from end().
    if (decide()) return response;
    return original.writeHead(response.statusCode);
  };
  response.write = (data: unknown, encoding?: unknown, callback?: unknown) => {
    if (!decide()) return original.write(data, encoding, callback);
    const chunk = chunkOf(data, encoding);
    if (chunk) chunks.push(chunk);
    if (typeof callback === 'function') queueMicrotask(() => (callback as () => void)());
    else if (typeof encoding === 'function') queueMicrotask(() => (encoding as () => void)());
    return true;
  };
  response.end = (data?: unknown, encoding?: unknown, callback?: unknown) => {
    if (!decide()) return original.end(data, encoding, callback);
    const chunk = chunkOf(data, encoding);
    if (chunk) chunks.push(chunk);
    const compressed = cache.gzip(String(response.getHeader('etag')), Buffer.concat(chunks));
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Content-Length', compressed.length);
    const vary = String(response.getHeader('vary') ?? '');
    if (!/accept-encoding/i.test(vary))
      response.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const done = [encoding, callback].find((arg) => typeof arg === 'function');
    response.writeHead = original.writeHead;
    response.write = original.write;
    response.end = original.end;
    return original.end(compressed, done);
  };
}

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}
