import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorResponse, parseJsonInput, readJsonBody } from '@/lib/http';

const request = (body: string, contentType?: string) =>
  new Request('http://localhost/api/x', {
    method: 'POST',
    body,
    headers: contentType ? { 'content-type': contentType } : {},
  });

describe('readJsonBody', () => {
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
