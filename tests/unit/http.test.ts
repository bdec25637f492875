import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorResponse, parseJsonInput, readBodyCapped, readJsonBody } from '@/lib/http';

const request = (body: string, contentType?: string) =>
  new Request('http://localhost/api/x', {
    method: 'POST',
    body,
    headers: contentType ? { 'content-type': contentType } : {},
  });

/** A chunked body that never ends on its own: 64 KB chunks, counted as they are pulled. */
function endlessBody() {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request('http://localhost/api/x', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    duplex: 'half',
  } as RequestInit);
  return { request, pulled: () => pulled, cancelled: () => cancelled };
}

describe('readBodyCapped', () => {
  it('stops reading an endless chunked body just past the limit and cancels it', async () => {
    const endless = endlessBody();
    expect(await readBodyCapped(endless.request, 100 * 1024)).toBe('too_large');
    // Two chunks cross 100 KB; a few more may be buffered ahead, never the stream's worth.
    expect(endless.pulled()).toBeLessThan(8);
    expect(endless.cancelled()).toBe(true);
  });

  it('answers 413 for it through readJsonBody, without a declared length', async () => {
    const result = await readJsonBody(endlessBody().request, 64 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(413);
      expect((await result.response.json()).error.code).toBe('payload_too_large');
    }
  });

  it('returns the exact bytes of a body within the limit', async () => {
    const text = '{"prompt":"안녕 👋"}';
    const bytes = await readBodyCapped(request(text, 'application/json'), 1024);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes as Uint8Array)).toBe(text);
  });
});

describe('readJsonBody', () => {
  it('names a body that is not UTF-8 as invalid JSON, not a server error', async () => {
    const result = await readJsonBody(
      new Request('http://localhost/api/x', {
        method: 'POST',
        body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(400);
  });

  it('refuses a body that does not say it is JSON (a cross-site form cannot)', async () => {
    const result = await readJsonBody(request('{}', 'application/x-www-form-urlencoded'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(415);
  });

  it('refuses an oversized body, whatever its headers say', async () => {
    const result = await readJsonBody(
      request(JSON.stringify({ a: 'x'.repeat(100) }), 'application/json'),
      50,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect((await result.response.json()).error.code).toBe('payload_too_large');
  });

  it('names malformed JSON', async () => {
    const result = await readJsonBody(request('{"a": ', 'application/json'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect((await result.response.json()).error.code).toBe('invalid_json');
  });
});

describe('parseJsonInput', () => {
  const schema = z.object({ body: z.string().min(1, { error: 'body must not be empty' }) });

  it('answers 400 naming the first bad field', async () => {
    const result = await parseJsonInput(request('{"body": ""}', 'application/json'), schema);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(400);
      expect((await result.response.json()).error).toEqual({
        code: 'invalid_request',
        message: 'body must not be empty',
        field: 'body',
      });
    }
  });

  it('gives a length limit as a number, so a page can word it in its own language', async () => {
    const limited = z.object({ body: z.string().max(3, { error: 'body must be at most 3' }) });
    const result = await parseJsonInput(request('{"body": "four"}', 'application/json'), limited);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect((await result.response.json()).error).toEqual({
        code: 'invalid_request',
        message: 'body must be at most 3',
        field: 'body',
        limit: 3,
      });
  });

  it('returns the parsed value', async () => {
    expect(await parseJsonInput(request('{"body": "hi"}', 'application/json'), schema)).toEqual({
      ok: true,
      value: { body: 'hi' },
    });
  });
});

describe('errorResponse', () => {
  it('says when to come back for a refusal that resets', async () => {
    const resetAt = new Date(Date.now() + 90_000).toISOString();
    const response = errorResponse({
      status: 429,
      code: 'rate_limited',
      message: 'slow down',
      resetAt,
      limit: 5,
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThanOrEqual(89);
    expect(await response.json()).toEqual({
      error: { code: 'rate_limited', message: 'slow down', resetAt, limit: 5 },
    });
  });
});
