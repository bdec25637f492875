import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, GzipCache, servePrerenderedGzip } from '@/lib/server/prerendered-gzip';

const PAGE = `<!doctype html><html><body>${'레슨 본문 '.repeat(2000)}</body></html>`;
const routes = new Set(['/ko/lesson']);
const cache = new GzipCache();
const seen: (string | undefined)[] = [];
let port = 0;

// Stands in for Next.js: a prerendered page with its ETag, a 304, a 404.
const server = http.createServer((request, response) => {
  servePrerenderedGzip(request, response, routes, cache);
  seen.push(request.headers['accept-encoding'] as string | undefined);
  if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
  if (request.url?.startsWith('/ko/missing')) return void response.writeHead(404).end('no');
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('ETag', '"v1"');
  response.setHeader('Content-Length', Buffer.byteLength(PAGE));
  response.end(PAGE);
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, headers }, (response) => {
          const parts: Buffer[] = [];
          response.on('data', (c: Buffer) => parts.push(c));
          response.on('end', () =>
            resolve({
              status: response.statusCode!,
              headers: response.headers,
              body: Buffer.concat(parts),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('servePrerenderedGzip', () => {
  it('sends a prerendered page gzipped, the same bytes every time, compressed once', async () => {
    const first = await get('/ko/lesson', { 'accept-encoding': 'gzip, deflate, br' });
    const second = await get('/ko/lesson', { 'accept-encoding': 'gzip' });
    for (const answer of [first, second]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(gunzipSync(answer.body).toString('utf8')).toBe(PAGE);
    }
    expect(second.body.equals(first.body)).toBe(true);
    expect(first.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 10);
    expect(cache.size).toBe(1);
    // The page underneath never saw the client's encodings, so it did not compress too.
    expect(seen.slice(-2)).toEqual([undefined, undefined]);
  });

  it('leaves alone what is not a prerendered document for a gzip client', async () => {
    const cases = [
      get('/ko/lesson', {}),
      get('/ko/lesson', { 'accept-encoding': 'gzip;q=0, identity' }),
      get('/ko/lesson', { 'accept-encoding': 'gzip', rsc: '1' }),
      get('/ko/lesson?x=1', { 'accept-encoding': 'gzip' }),
      get('/ko/other', { 'accept-encoding': 'gzip' }),
    ];
    for (const answer of await Promise.all(cases)) {
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.toString('utf8')).toBe(PAGE);
    }
  });

  it('passes a 304 through untouched', async () => {
    const notModified = await get('/ko/lesson', {
      'accept-encoding': 'gzip',
      'if-none-match': '"v1"',
    });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
  });
});

describe('acceptsGzip', () => {
  it('reads q-values', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
