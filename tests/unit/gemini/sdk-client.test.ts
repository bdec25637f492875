import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/gemini/errors';
import type { StreamChunk } from '../../../lib/gemini/model-client';
import { fromStatus, SdkModelClient, usageFromMetadata } from '../../../lib/gemini/sdk-client';
import { caughtGeminiError as caught } from '../../support/caught-gemini-error';
import { startGeminiStub, stubTokenEstimate } from '../../support/gemini-stub';
import { startGeminiStubForTests } from '../../support/gemini-stub-hooks';

const stub = startGeminiStubForTests();

const client = (opts: Partial<ConstructorParameters<typeof SdkModelClient>[0]> = {}) =>
  new SdkModelClient({ apiKey: 'stub-key', baseUrl: stub().url, timeoutMs: 5_000, ...opts });

/** Reads a stream to its end, so a test can see the error it fails with. */
async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) void _;
}

describe('SdkModelClient (real @google/genai against the stub)', () => {
  it('generates text and maps usageMetadata', async () => {
    const prompt = 'Explain routing in one sentence.';
    const res = await client().generate({
      model: 'gemini-2.5-pro',
      prompt,
      maxOutputTokens: 256,
      temperature: 0.2,
    });
    expect(res.text).toContain('gemini-2.5-pro');
    const inputTokens = stubTokenEstimate(prompt);
    expect(res.usage).toEqual({
      inputTokens,
      outputTokens: stubTokenEstimate(res.text),
      thinkingTokens: 2 * inputTokens + 16,
      cachedInputTokens: 0,
    });
    const req = stub().requests[0]!;
    expect(req).toMatchObject({
      apiVersion: 'v1',
      action: 'generateContent',
      model: 'gemini-2.5-pro',
      keyOk: true,
      maxOutputTokens: 256,
      temperature: 0.2,
    });
    expect(req.prompt).toBe(prompt);
  });

  it('speaks /v1beta when asked', async () => {
    await client({ apiVersion: 'v1beta' }).generate({
      model: 'gemini-2.5-flash',
      prompt: 'hi',
      maxOutputTokens: 10,
    });
    expect(stub().requests[0]!.apiVersion).toBe('v1beta');
  });

  it('reports cached prompt tokens separately from billed input', async () => {
    stub().setBehaviour({ cachedContentTokenCount: 3 });
    const prompt = 'a fairly long prompt with a cached prefix in front of it';
    const res = await client().generate({ model: 'gemini-2.5-flash', prompt, maxOutputTokens: 64 });
    expect(res.usage.cachedInputTokens).toBe(3);
    expect(res.usage.inputTokens).toBe(stubTokenEstimate(prompt) - 3);
    expect(usageFromMetadata(undefined)).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      thinkingTokens: 0,
      cachedInputTokens: 0,
    });
  });

  it('streams text chunks in order, then one usage chunk', async () => {
    const c = client();
    const call = {
      model: 'gemini-2.5-flash-lite',
      prompt: 'stream this please',
      maxOutputTokens: 256,
    };
    const chunks: StreamChunk[] = [];
    for await (const ch of c.stream(call)) chunks.push(ch);
    const texts = chunks.filter((ch) => ch.type === 'text');
    expect(texts.length).toBe(3);
    expect(chunks.at(-1)!.type).toBe('usage');
    expect(chunks.filter((ch) => ch.type === 'usage')).toHaveLength(1);
    const whole = await c.generate(call);
    expect(texts.map((t) => (t as { text: string }).text).join('')).toBe(whole.text);
    expect((chunks.at(-1) as { usage: unknown }).usage).toEqual(whole.usage);
    expect(stub().requests[0]!.action).toBe('streamGenerateContent');
  });

  it('counts tokens through the API', async () => {
    expect(await client().countTokens('gemini-2.5-flash', 'count these words')).toBe(
      stubTokenEstimate('count these words'),
    );
  });

  it('turns a wrong key (403) into a clear, non-retryable GeminiError without the key', async () => {
    const secret = 'AIzaSyTHIS-IS-A-SECRET-KEY-0123456789abc';
    const err = await caught(
      new SdkModelClient({ apiKey: secret, baseUrl: stub().url }).generate({
        model: 'gemini-2.5-flash',
        prompt: 'hi',
        maxOutputTokens: 10,
      }),
    );
    expect(err).toMatchObject({
      code: 'auth',
      status: 403,
      retryable: false,
      model: 'gemini-2.5-flash',
    });
    expect(err.message).toMatch(/API key/);
    expect(err.message).toMatch(/GEMINI_API_KEY/);
    expect(err.message).toContain('403');
    expect(err.message).not.toContain(secret);
    expect(JSON.stringify(err)).not.toContain(secret);
    expect(stub().requests[0]!.keyOk).toBe(false);
  });

  it('also fails a stream with the same auth error', async () => {
    const c = new SdkModelClient({ apiKey: 'wrong-key', baseUrl: stub().url });
    const err = await caught(
      drain(c.stream({ model: 'gemini-2.5-flash', prompt: 'hi', maxOutputTokens: 10 })),
    );
    expect(err).toMatchObject({ code: 'auth', status: 403, retryable: false });
    expect(err.message).not.toContain('wrong-key');
  });

  it('maps 429 and 5xx to retryable errors with readable messages', async () => {
    stub().failNext('gemini-2.5-flash', 429, 503, 500);
    const c = client();
    const call = { model: 'gemini-2.5-flash', prompt: 'hi', maxOutputTokens: 10 };
    const e429 = await caught(c.generate(call));
    expect(e429).toMatchObject({ code: 'rate_limited', status: 429, retryable: true });
    expect(e429.message).toMatch(/rate limit or quota/);
    const e503 = await caught(c.generate(call));
    expect(e503).toMatchObject({ code: 'unavailable', status: 503, retryable: true });
    expect(e503.message).toContain('overloaded');
    expect(await caught(c.generate(call))).toMatchObject({
      code: 'unavailable',
      status: 500,
      retryable: true,
    });
  });

  it('turns a slow answer into a retryable timeout', async () => {
    // The answer would take 5 s: giving up well before it shows the timeout was honoured.
    stub().setBehaviour({ delayMs: 5_000 });
    const started = Date.now();
    const err = await caught(
      client().generate({
        model: 'gemini-2.5-flash',
        prompt: 'hi',
        maxOutputTokens: 10,
        timeoutMs: 100,
      }),
    );
    expect(err).toMatchObject({ code: 'timeout', retryable: true, status: 504 });
    expect(err.message).toContain('100 ms');
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('honours the client-wide timeout, for streams too', async () => {
    stub().setBehaviour({ delayMs: 400 });
    const c = client({ timeoutMs: 100 });
    const err = await caught(
      drain(c.stream({ model: 'gemini-2.5-flash', prompt: 'hi', maxOutputTokens: 10 })),
    );
    expect(err).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('reports a caller abort as cancelled, not retryable', async () => {
    stub().setBehaviour({ delayMs: 400 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const err = await caught(
      client().generate({
        model: 'gemini-2.5-flash',
        prompt: 'hi',
        maxOutputTokens: 10,
        signal: ac.signal,
      }),
    );
    expect(err).toMatchObject({ code: 'cancelled', retryable: false });
  });

  it('reports an unreachable server as a network error', async () => {
    const dead = await startGeminiStub({ port: 0 });
    const url = dead.url;
    await dead.close();
    const err = await caught(
      new SdkModelClient({ apiKey: 'stub-key', baseUrl: url }).generate({
        model: 'gemini-2.5-flash',
        prompt: 'hi',
        maxOutputTokens: 10,
      }),
    );
    expect(err).toMatchObject({ code: 'network', retryable: true });
  });

  it('names a missing model and scrubs keys from any text', () => {
    expect(fromStatus(404, 'gemini-1.0-pro', 'not found', 'NOT_FOUND')).toMatchObject({
      code: 'not_found',
      retryable: false,
    });
    expect(fromStatus(400, 'm', 'API key not valid. Please pass a valid API key.')).toMatchObject({
      code: 'auth',
      retryable: false,
    });
    const dirty =
      'bad key my-secret-value at https://x/y?key=abc123&alt=sse and AIzaSyA1234567890123456789012345678901';
    const clean = redactSecrets(dirty, 'my-secret-value');
    expect(clean).not.toContain('my-secret-value');
    expect(clean).not.toContain('abc123');
    expect(clean).not.toContain('AIzaSy');
  });
});
