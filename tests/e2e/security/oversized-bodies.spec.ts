/**
 * Threat: a huge or endless body read whole before its size is checked.
 * Every JSON route and every action refuses past its limit with a 413 (or
 * 411 for an action of unknown length), without reading the rest.
 */
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { OFFLINE_PORT } from '../../../playwright.config';

/**
 * Streams a chunked body of up to `totalBytes` and returns the status the
 * server answered with and how many bytes it let us send before answering.
 */
function sendChunked(
  path: string,
  totalBytes: number,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; sentBytes: number }> {
  // status 0: the server closed the connection before its answer could be read.
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const request = http.request(
      {
        host: '127.0.0.1',
        port: OFFLINE_PORT,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (response) => {
        answered = true;
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body, sentBytes });
        });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      // The server may close the connection on the refused upload before its
      // answer is read: that too is a refusal without reading the rest.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET')
        resolve({ status: 0, body: '', sentBytes });
      else reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    request.write('{"prompt":"');
    pump();
  });
}

const JSON_ROUTES = [
  '/api/router/route',
  '/api/problem-reports',
  '/api/comments',
  '/api/playground/answer',
  '/api/notifications/read',
];

for (const route of JSON_ROUTES) {
  test(`${route} refuses an endless chunked body long before it ends`, async () => {
    const result = await sendChunked(route, 1024 * 1024 * 1024);
    // Signed-out routes may refuse first for that reason; none reads a gigabyte.
    expect([0, 401, 413]).toContain(result.status);
    expect(result.sentBytes).toBeLessThan(64 * 1024 * 1024);
    if (result.status === 413) expect(JSON.parse(result.body).error.code).toBe('payload_too_large');
  });
}

test('the public router API answers 413 for a declared or a chunked oversize body', async ({
  request,
}) => {
  const declared = await request.post('/api/router/route', {
    data: { prompt: 'x'.repeat(300_000) },
  });
  expect(declared.status()).toBe(413);
  const chunked = await sendChunked('/api/router/route', 8 * 1024 * 1024);
  expect([0, 413]).toContain(chunked.status);
  expect((await request.get('/api/health')).ok()).toBe(true);
});

test('a Server Action of unknown length or over the limit is refused with its own status', async ({
  request,
}) => {
  const action = { 'Next-Action': '0'.repeat(42), Origin: `http://localhost:${OFFLINE_PORT}` };
  const chunked = await sendChunked('/ko/playground', 8 * 1024 * 1024, action);
  expect(chunked.status).toBe(411);
  expect(JSON.parse(chunked.body).error.field).toBe('content-length');
  const big = await request.post('/ko/playground', {
    headers: action,
    data: Buffer.alloc(2 * 1024 * 1024, 0x61),
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.field).toBe('body');
  const crossSite = await request.post('/ko/playground', {
    headers: { ...action, Origin: 'https://evil.example' },
    data: '[]',
  });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error.field).toBe('origin');
});
