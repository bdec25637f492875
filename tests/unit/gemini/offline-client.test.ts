import { describe, expect, it } from 'vitest';
import {
  createModelClient,
  OfflineModelClient,
  SdkModelClient,
  type ModelClient,
  type StreamChunk,
} from '../../../lib/gemini';
import { startGeminiStubForTests } from '../../support/gemini-stub-hooks';

describe('OfflineModelClient', () => {
  it('says, in Korean and English, that no model was called, and costs nothing', async () => {
    const c = new OfflineModelClient();
    expect(c.offline).toBe(true);
    const res = await c.generate({
      model: 'gemini-2.5-flash-lite',
      prompt: 'hello',
      maxOutputTokens: 100,
    });
    expect(res.text).toContain('GEMINI_API_KEY');
    expect(res.text).toContain('No model was called');
    expect(res.text).toContain('모델을 호출하지 않았습니다');
    expect(res.text).toContain('gemini-2.5-flash-lite');
    expect(res.usage).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      thinkingTokens: 0,
      cachedInputTokens: 0,
    });
    expect((c as ModelClient).countTokens).toBeUndefined();
  });

  it('streams the same notice, then zero usage', async () => {
    const chunks: StreamChunk[] = [];
    for await (const ch of new OfflineModelClient().stream({
      model: 'gemini-2.5-pro',
      prompt: 'x',
      maxOutputTokens: 10,
    }))
      chunks.push(ch);
    expect(chunks.at(-1)).toEqual({
      type: 'usage',
      usage: { inputTokens: 0, outputTokens: 0, thinkingTokens: 0, cachedInputTokens: 0 },
    });
    const text = chunks.flatMap((c) => (c.type === 'text' ? [c.text] : [])).join('');
    expect(text).toMatch(/GEMINI_API_KEY/);
  });
});

describe('createModelClient', () => {
  const stub = startGeminiStubForTests();

  it('is offline without a key (undefined or blank)', () => {
    expect(createModelClient().offline).toBe(true);
    expect(createModelClient({ apiKey: '  ', baseUrl: 'http://127.0.0.1:1' })).toBeInstanceOf(
      OfflineModelClient,
    );
  });

  it('talks to the configured base URL with a key, without exposing the key', async () => {
    const c = createModelClient({ apiKey: 'stub-key', baseUrl: stub().url, timeoutMs: 5_000 });
    expect(c).toBeInstanceOf(SdkModelClient);
    expect(c.offline).toBe(false);
    expect(JSON.stringify(c)).not.toContain('stub-key');
    const res = await c.generate({ model: 'gemini-2.5-flash', prompt: 'hi', maxOutputTokens: 50 });
    expect(res.text).toContain('gemini-2.5-flash');
    expect(stub().requests.at(-1)!.keyOk).toBe(true);
  });
});
