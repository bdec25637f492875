import { describe, expect, it } from 'vitest';
import { CLASSIFIER_MARKER, stubClassify, stubTokenEstimate } from '../../support/gemini-stub';
import { startGeminiStubForTests } from '../../support/gemini-stub-hooks';

const stub = startGeminiStubForTests();

function post(path: string, body: unknown, key: string | null = 'stub-key') {
  return fetch(`${stub().url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-goog-api-key': key } : {}) },
    body: JSON.stringify(body),
  });
}
const contents = (text: string) => ({ contents: [{ role: 'user', parts: [{ text }] }] });

describe('gemini stub (raw HTTP)', () => {
  it('answers generateContent on /v1beta and /v1 with the model id and usageMetadata', async () => {
    for (const prefix of ['v1beta', 'v1']) {
      const res = await post(
        `/${prefix}/models/gemini-2.5-flash:generateContent`,
        contents('hello there'),
      );
      expect(res.status).toBe(200);
      const json = (await res.json()) as {
        candidates: Array<{ content: { parts: Array<{ text: string }> } }>;
        usageMetadata: {
          promptTokenCount: number;
          candidatesTokenCount: number;
          totalTokenCount: number;
        };
      };
      const text = json.candidates[0]!.content.parts[0]!.text;
      expect(text).toContain('gemini-2.5-flash');
      expect(json.usageMetadata.promptTokenCount).toBe(stubTokenEstimate('hello there'));
      expect(json.usageMetadata.candidatesTokenCount).toBe(stubTokenEstimate(text));
    }
    expect(stub().requests.map((r) => r.apiVersion)).toEqual(['v1beta', 'v1']);
    expect(stub().requests.every((r) => r.keyOk && r.action === 'generateContent')).toBe(true);
  });

  it('reports thinking tokens for pro models only', async () => {
    const pro = (await (
      await post('/v1beta/models/gemini-2.5-pro:generateContent', contents('x'))
    ).json()) as {
      usageMetadata: { thoughtsTokenCount?: number };
    };
    const lite = (await (
      await post('/v1beta/models/gemini-2.5-flash-lite:generateContent', contents('x'))
    ).json()) as {
      usageMetadata: { thoughtsTokenCount?: number };
    };
    expect(pro.usageMetadata.thoughtsTokenCount).toBeGreaterThan(0);
    expect(lite.usageMetadata.thoughtsTokenCount).toBeUndefined();
  });

  it('caps reported thinking at the thinkingBudget the request sends, as Google does', async () => {
    stub().setBehaviour({ thinkingTokens: 5_000 });
    const withBudget = (await (
      await post('/v1beta/models/gemini-2.5-flash:generateContent', {
        ...contents('x'),
        generationConfig: { maxOutputTokens: 10, thinkingConfig: { thinkingBudget: 256 } },
      })
    ).json()) as { usageMetadata: { thoughtsTokenCount?: number; totalTokenCount: number } };
    expect(withBudget.usageMetadata.thoughtsTokenCount).toBe(256);
    const unbounded = (await (
      await post('/v1beta/models/gemini-2.5-flash:generateContent', contents('x'))
    ).json()) as { usageMetadata: { thoughtsTokenCount?: number } };
    expect(unbounded.usageMetadata.thoughtsTokenCount).toBe(5_000);
    expect(stub().requests.at(0)?.thinkingBudget).toBe(256);
  });

  it('answers after delayMs instead of never', async () => {
    stub().setBehaviour({ delayMs: 150 });
    const started = Date.now();
    const res = await post('/v1beta/models/gemini-2.5-flash:generateContent', contents('late'));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const json = (await res.json()) as { candidates: unknown[] };
    expect(json.candidates).toHaveLength(1);
  });

  it("rejects a missing or wrong key with a 403 in Google's error shape", async () => {
    for (const key of [null, 'wrong']) {
      const res = await post(
        '/v1beta/models/gemini-2.5-flash:generateContent',
        contents('hi'),
        key,
      );
      expect(res.status).toBe(403);
      const json = (await res.json()) as {
        error: { code: number; message: string; status: string };
      };
      expect(json.error).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
      expect(json.error.message.length).toBeGreaterThan(0);
    }
  });

  it('streams SSE chunks, the last one carrying the final usage', async () => {
    const res = await post(
      '/v1beta/models/gemini-2.5-flash-lite:streamGenerateContent?alt=sse',
      contents('stream me please'),
    );
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = (await res.text())
      .split(/\r?\n\r?\n/)
      .filter((e) => e.startsWith('data: '))
      .map(
        (e) =>
          JSON.parse(e.slice(6)) as {
            candidates: Array<{ content: { parts: Array<{ text: string }> } }>;
            usageMetadata: { candidatesTokenCount?: number };
          },
      );
    expect(events.length).toBe(3);
    expect(events.at(-1)!.usageMetadata.candidatesTokenCount).toBeGreaterThan(0);
    expect(events[0]!.usageMetadata.candidatesTokenCount).toBeUndefined();
    const text = events.map((e) => e.candidates[0]!.content.parts[0]!.text).join('');
    expect(text).toContain('gemini-2.5-flash-lite');
  });

  it('counts tokens', async () => {
    const res = await post(
      '/v1beta/models/gemini-2.5-flash:countTokens',
      contents('한국어 문장입니다'),
    );
    expect(await res.json()).toEqual({ totalTokens: stubTokenEstimate('한국어 문장입니다') });
  });

  it('answers classifier prompts with a bucket by rule, or a scripted answer', async () => {
    const ask = async (p: string) => {
      const res = await post(
        '/v1beta/models/gemini-2.5-flash-lite:generateContent',
        contents(`${CLASSIFIER_MARKER}.\n\nPrompt:\n${p}`),
      );
      const json = (await res.json()) as {
        candidates: Array<{ content: { parts: Array<{ text: string }> } }>;
      };
      return json.candidates[0]!.content.parts[0]!.text;
    };
    expect(await ask('Fix this TypeScript function')).toBe('CODE');
    expect(await ask('Why is the sky blue? Prove it step by step')).toBe('REASON');
    expect(await ask('Use the search tool and book a table')).toBe('AGENT');
    expect(await ask('hello, how are you?')).toBe('CHAT');
    stub().setBehaviour({ classifierAnswer: 'banana' });
    expect(await ask('hello')).toBe('banana');
    expect(stubClassify('그냥 인사')).toBe('CHAT');
  });

  it('plays scripted failures per model, then answers normally', async () => {
    stub().failNext('gemini-2.5-flash', 429, 503);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await post('/v1beta/models/gemini-2.5-flash:generateContent', contents('x'))).status,
      );
    expect(statuses).toEqual([429, 503, 200]);
    // Other models are not affected.
    expect(
      (await post('/v1beta/models/gemini-2.5-pro:generateContent', contents('x'))).status,
    ).toBe(200);
    const body = (await (
      await (stub().failNext('*', 500),
      post('/v1beta/models/gemini-2.5-pro:generateContent', contents('x')))
    ).json()) as {
      error: { status: string };
    };
    expect(body.error.status).toBe('INTERNAL');
  });

  it('can be scripted over HTTP (for Playwright) and caps output at maxOutputTokens', async () => {
    await fetch(`${stub().url}/__stub/fail`, {
      method: 'POST',
      body: JSON.stringify({ model: 'gemini-2.5-flash', statuses: [503] }),
    });
    expect(
      (await post('/v1beta/models/gemini-2.5-flash:generateContent', contents('x'))).status,
    ).toBe(503);
    await fetch(`${stub().url}/__stub/behaviour`, {
      method: 'POST',
      body: JSON.stringify({ answers: { '*': 'a b c d e f g h i j k l m n o p' } }),
    });
    const res = await post('/v1beta/models/gemini-2.5-flash:generateContent', {
      ...contents('x'),
      generationConfig: { maxOutputTokens: 2 },
    });
    const json = (await res.json()) as {
      candidates: Array<{ finishReason: string; content: { parts: Array<{ text: string }> } }>;
    };
    expect(json.candidates[0]!.finishReason).toBe('MAX_TOKENS');
    expect(stubTokenEstimate(json.candidates[0]!.content.parts[0]!.text)).toBeLessThanOrEqual(2);
    const log = (await (await fetch(`${stub().url}/__stub/requests`)).json()) as Array<{
      maxOutputTokens: number | null;
    }>;
    expect(log.at(-1)!.maxOutputTokens).toBe(2);
    await fetch(`${stub().url}/__stub/reset`, { method: 'POST' });
    expect(stub().requests).toHaveLength(0);
  });
});
