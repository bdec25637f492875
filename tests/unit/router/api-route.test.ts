import { describe, expect, it } from 'vitest';
import { POST } from '../../../app/api/router/route/route';
import { ROUTE_REQUEST_MAX_BYTES } from '../../../lib/router/validate';

const post = (body: string, headers: Record<string, string> = {}) =>
  POST(
    new Request('http://localhost/api/router/route', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );

describe('POST /api/router/route', () => {
  it('answers a decision with 200', async () => {
    const res = await post(
      JSON.stringify({
        id: 'x',
        prompt: 'Hello there',
        needsTools: true,
        maxContext: 80_000,
        strategy: 'rules',
      }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: 'x',
      tier: 'flash',
      strategy: 'rules',
      offline: true,
    });
  });

  it('accepts a body sent without a JSON content type, as curl -d does', async () => {
    const res = await post(JSON.stringify({ prompt: 'Hello there' }), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(200);
    expect((await res.json()).tier).toBeDefined();
  });

  it('answers 400 invalid_json for a malformed body', async () => {
    const res = await post('{"prompt": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'invalid_json', message: 'request body must be valid JSON' },
    });
  });

  it('answers 400 with the field for a bad request, and no stack trace', async () => {
    const res = await post(JSON.stringify({ prompt: 'x', maxContext: -1 }));
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: {
        code: 'invalid_request',
        field: 'maxContext',
        message: 'maxContext must be a non-negative integer',
      },
    });
    expect(text).not.toMatch(/at .*\.ts/);
  });

  it('accepts the longest prompt even when every character takes 6 bytes of JSON', async () => {
    const res = await post(JSON.stringify({ prompt: '\ud800'.repeat(32_000) }));
    expect(res.status).toBe(200);
  });

  it('answers 413 for a body over ROUTE_REQUEST_MAX_BYTES', async () => {
    const res = await post(JSON.stringify({ prompt: 'a'.repeat(ROUTE_REQUEST_MAX_BYTES + 1) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });
});
