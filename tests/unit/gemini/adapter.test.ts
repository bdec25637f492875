import { beforeEach, describe, expect, it } from 'vitest';
import { reasonText } from '../../../lib/router/reasons';
import {
  GeminiAdapter,
  classifyWithModel,
  parseBucket,
  type AdapterStreamEvent,
} from '../../../lib/gemini/adapter';
import { SdkModelClient } from '../../../lib/gemini/sdk-client';
import { OfflineModelClient } from '../../../lib/gemini/offline-client';
import {
  catalog,
  classifyPrompt,
  costPicoUsd,
  findModel,
  picoToUsd,
  type RouteRequest,
} from '../../../lib/router';
import { caughtGeminiError as caught } from '../../support/caught-gemini-error';
import { stubTokenEstimate } from '../../support/gemini-stub';
import { startGeminiStubForTests } from '../../support/gemini-stub-hooks';

const LITE = 'gemini-2.5-flash-lite';
const FLASH = 'gemini-3.8-flash';
const PRO = 'gemini-3.1-pro-preview';
const NOW = new Date('2026-12-01T12:00:00Z');
const AT = { at: NOW };

const stub = startGeminiStubForTests();
let sleeps: number[];

beforeEach(() => {
  sleeps = [];
});

const client = () =>
  new SdkModelClient({ apiKey: 'stub-key', baseUrl: stub().url, timeoutMs: 5_000 });
const adapter = (opts: ConstructorParameters<typeof GeminiAdapter>[1] = {}) =>
  new GeminiAdapter(client(), {
    now: NOW,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 1,
    ...opts,
  });

// strategy 'rules' keeps these tests independent of the trained classifier.
const chat: RouteRequest = { prompt: 'Say hello to the class.', strategy: 'rules' };
const tools: RouteRequest = { prompt: 'Look up the weather.', needsTools: true, strategy: 'rules' };
const reasoning: RouteRequest = { prompt: 'Prove it.', needsReasoning: true, strategy: 'rules' };

describe('GeminiAdapter', () => {
  it('routes, calls the routed model and prices the real usage', async () => {
    const res = await adapter().run(chat);
    expect(res.decision).toMatchObject({ tier: 'flash-lite', model: LITE, strategy: 'rules' });
    expect(res.model).toBe(LITE);
    expect(res.tier).toBe('flash-lite');
    expect(res.fellBack).toBe(false);
    expect(res.offline).toBe(false);
    expect(res.text).toContain(LITE);
    expect(res.usage.inputTokens).toBe(stubTokenEstimate(chat.prompt));
    expect(res.usage.outputTokens).toBe(stubTokenEstimate(res.text));
    const expected = costPicoUsd(findModel(catalog, LITE)!, res.usage, AT);
    expect(res.costPico).toBe(expected);
    expect(res.costPico).toBeGreaterThan(0);
    expect(res.costUsd).toBe(picoToUsd(expected));
    expect(res.attempts).toEqual([expect.objectContaining({ model: LITE, outcome: 'ok' })]);
    expect(stub().requests.map((r) => r.model)).toEqual([LITE]);
    expect(stub().requests[0]!.maxOutputTokens).toBe(1024);
  });

  it('routes every call on its own (different requests, different models)', async () => {
    const a = adapter();
    const results = [await a.run(chat), await a.run(tools), await a.run(reasoning)];
    expect(results.map((r) => r.model)).toEqual([LITE, FLASH, PRO]);
    expect(stub().requests.map((r) => r.model)).toEqual([LITE, FLASH, PRO]);
    // Pro thinks: thinking tokens bill as output.
    expect(results[2]!.usage.thinkingTokens).toBeGreaterThan(0);
    expect(results[2]!.costPico).toBe(costPicoUsd(findModel(catalog, PRO)!, results[2]!.usage, AT));
  });

  it('prices by the day: 3.8 Flash costs twice as much from 2027-01-01', async () => {
    const dec = await adapter({ now: new Date('2026-12-31T12:00:00Z') }).run(tools);
    const jan = await adapter({ now: new Date('2027-01-01T12:00:00Z') }).run(tools);
    expect([dec.model, jan.model]).toEqual([FLASH, FLASH]);
    expect(jan.usage).toEqual(dec.usage);
    expect(jan.costPico).toBe(2 * dec.costPico);
  });

  it('bills the model that answered when Google re-routes a shut-down id', async () => {
    // As on 2026-12-01: requests to gemini-2.5-pro are answered by gemini-3.8-flash.
    stub().setBehaviour({ reroutes: { [PRO]: FLASH } });
    const res = await adapter().run(reasoning);
    expect(res.askedModel).toBe(PRO);
    expect(res.modelVersion).toBe(FLASH);
    expect(res.model).toBe(FLASH);
    expect(res.billedModel).toBe(FLASH);
    expect(res.rerouted).toBe(true);
    expect(res.costPico).toBe(costPicoUsd(findModel(catalog, FLASH)!, res.usage, AT));
    expect(res.costPico).not.toBe(costPicoUsd(findModel(catalog, PRO)!, res.usage, AT));
  });

  it('streams the re-routed answer and bills it at the answering model', async () => {
    stub().setBehaviour({ reroutes: { [LITE]: 'gemini-3.5-flash-lite-001' } });
    const events: AdapterStreamEvent[] = [];
    for await (const e of adapter().stream(chat)) events.push(e);
    const done = events.at(-1) as Extract<AdapterStreamEvent, { type: 'done' }>;
    expect(done).toMatchObject({
      askedModel: LITE,
      modelVersion: 'gemini-3.5-flash-lite-001',
      model: 'gemini-3.5-flash-lite',
      billedModel: 'gemini-3.5-flash-lite',
      rerouted: true,
    });
    expect(done.costPico).toBe(
      costPicoUsd(findModel(catalog, 'gemini-3.5-flash-lite')!, done.usage, AT),
    );
  });

  it('is not re-routed when modelVersion is the asked model or a dated version of it', async () => {
    stub().setBehaviour({ reroutes: { [LITE]: `${LITE}-001` } });
    const res = await adapter().run(chat);
    expect(res).toMatchObject({ model: LITE, billedModel: LITE, rerouted: false });
  });

  it('retries a 429 once on the same model and succeeds', async () => {
    stub().failNext(LITE, 429);
    const res = await adapter().run(chat);
    expect(res.model).toBe(LITE);
    expect(res.fellBack).toBe(false);
    expect(res.attempts.map((a) => [a.model, a.outcome, a.status])).toEqual([
      [LITE, 'rate_limited', 429],
      [LITE, 'ok', undefined],
    ]);
    expect(sleeps).toEqual([1000]);
  });

  it('does not retry a per-day 429: the daily quota will not come back today', async () => {
    stub().setBehaviour({
      errorMessages: {
        429: 'Quota exceeded for quota metric GenerateRequestsPerDayPerProjectPerModel-FreeTier.',
      },
    });
    stub().failNext(LITE, 429);
    const res = await adapter().run(chat);
    expect(sleeps).toEqual([]);
    expect(res.attempts.map((a) => `${a.model}:${a.outcome}`)).toEqual([
      `${LITE}:rate_limited`,
      `${FLASH}:ok`,
    ]);
    expect(res.attempts[0]!.message).toMatch(/daily quota .* resets at midnight Pacific time/);
  });

  it('spreads retries with jitter: half to all of the backoff step', async () => {
    stub().failNext(LITE, 429);
    await adapter({ random: () => 0 }).run(chat);
    stub().failNext(LITE, 503);
    await adapter({ random: () => 0.5 }).run(chat);
    expect(sleeps).toEqual([500, 750]);
  });

  it('falls to the next tier after 503 twice', async () => {
    stub().failNext(LITE, 503, 503);
    const res = await adapter().run(chat);
    expect(res.model).toBe(FLASH);
    expect(res.tier).toBe('flash');
    expect(res.fellBack).toBe(true);
    expect(res.decision.model).toBe(LITE);
    expect(res.attempts.map((a) => `${a.model}:${a.outcome}`)).toEqual([
      `${LITE}:unavailable`,
      `${LITE}:unavailable`,
      `${FLASH}:ok`,
    ]);
    // Priced at the model that answered, not the routed one.
    expect(res.costPico).toBe(costPicoUsd(findModel(catalog, FLASH)!, res.usage, AT));
  });

  it('falls from pro to flash', async () => {
    stub().failNext(PRO, 500, 500);
    const res = await adapter().run(reasoning);
    expect(res.model).toBe(FLASH);
    expect(res.attempts.map((a) => a.model)).toEqual([PRO, PRO, FLASH]);
  });

  it('throws a clear error listing every try when all models fail', async () => {
    stub().failNext('*', 503, 503, 503, 503, 503, 503);
    const err = await caught(adapter().run(chat));
    expect(err.code).toBe('exhausted');
    expect(err.retryable).toBe(true);
    expect(err.attempts.map((a) => a.model)).toEqual([LITE, LITE, FLASH, FLASH, PRO, PRO]);
    expect(err.attempts.every((a) => a.outcome === 'unavailable' && a.status === 503)).toBe(true);
    for (const m of [LITE, FLASH, PRO]) expect(err.message).toContain(m);
    expect(err.message).toMatch(/6 tries/);
    expect(err.message).toContain('HTTP 503');
    expect(stub().requests).toHaveLength(6);
  });

  it('respects retries = 0', async () => {
    stub().failNext(LITE, 429);
    const res = await adapter({ retries: 0 }).run(chat);
    expect(res.attempts.map((a) => a.model)).toEqual([LITE, FLASH]);
    expect(sleeps).toEqual([]);
  });

  it('treats a timeout as retryable and moves on', async () => {
    // Far apart, so a busy machine answering Flash slowly never looks like a timeout.
    stub().setBehaviour({ delayByModel: { [LITE]: 10_000 } });
    const res = await adapter({ timeoutMs: 1_000 }).run(chat);
    expect(res.model).toBe(FLASH);
    expect(res.attempts.map((a) => `${a.model}:${a.outcome}`)).toEqual([
      `${LITE}:timeout`,
      `${LITE}:timeout`,
      `${FLASH}:ok`,
    ]);
  });

  it('moves past a 404 (retired model) without retrying it', async () => {
    stub().failNext(LITE, 404);
    const res = await adapter().run(chat);
    expect(res.attempts.map((a) => `${a.model}:${a.outcome}`)).toEqual([
      `${LITE}:not_found`,
      `${FLASH}:ok`,
    ]);
  });

  it('does not retry or fall back on a bad key', async () => {
    const a = new GeminiAdapter(
      new SdkModelClient({ apiKey: 'not-the-key', baseUrl: stub().url }),
      {
        now: NOW,
      },
    );
    const err = await caught(a.run(chat));
    expect(err).toMatchObject({ code: 'auth', status: 403, retryable: false });
    expect(err.attempts).toHaveLength(1);
    expect(err.message).not.toContain('not-the-key');
    expect(stub().requests).toHaveLength(1);
  });

  it('streams: decision first, then text chunks, then usage and cost', async () => {
    const events: AdapterStreamEvent[] = [];
    for await (const ev of adapter().stream(tools)) events.push(ev);
    expect(events[0]!.type).toBe('decision');
    expect(events.at(-1)!.type).toBe('done');
    const texts = events.filter((e) => e.type === 'text');
    expect(texts.length).toBe(3);
    expect(events.slice(1, -1).every((e) => e.type === 'text')).toBe(true);
    const done = events.at(-1) as Extract<AdapterStreamEvent, { type: 'done' }>;
    expect(done.model).toBe(FLASH);
    const text = texts.map((t) => (t as { text: string }).text).join('');
    expect(done.usage.outputTokens).toBe(stubTokenEstimate(text));
    expect(done.costPico).toBe(costPicoUsd(findModel(catalog, FLASH)!, done.usage, AT));
    expect(done.costUsd).toBe(picoToUsd(done.costPico));
  });

  it('streams with retry and fallback before the first chunk', async () => {
    stub().failNext(FLASH, 429, 503);
    const events: AdapterStreamEvent[] = [];
    for await (const ev of adapter().stream(tools)) events.push(ev);
    const done = events.at(-1) as Extract<AdapterStreamEvent, { type: 'done' }>;
    expect(done.model).toBe(PRO);
    expect(done.fellBack).toBe(true);
    expect(done.attempts.map((a) => `${a.model}:${a.outcome}`)).toEqual([
      `${FLASH}:rate_limited`,
      `${FLASH}:unavailable`,
      `${PRO}:ok`,
    ]);
    expect(
      events.filter((e) => e.type === 'text').every((e) => (e as { model: string }).model === PRO),
    ).toBe(true);
  });

  it('stream ends with a clear error when every model fails', async () => {
    stub().failNext('*', 503, 503, 503, 503);
    const events: AdapterStreamEvent[] = [];
    const err = await caught(
      (async () => {
        for await (const ev of adapter().stream(reasoning)) events.push(ev);
      })(),
    );
    expect(events.map((e) => e.type)).toEqual(['decision']);
    expect(err.code).toBe('exhausted');
    expect(err.attempts.map((a) => a.model)).toEqual([PRO, PRO, FLASH, FLASH]);
  });

  it('does not retry a stream that failed after text was sent', async () => {
    stub().setBehaviour({ streamErrorAfterChunks: 1 });
    const events: AdapterStreamEvent[] = [];
    const err = await caught(
      (async () => {
        for await (const ev of adapter().stream(chat)) events.push(ev);
      })(),
    );
    expect(events.map((e) => e.type)).toEqual(['decision', 'text']);
    expect(err).toMatchObject({ code: 'unavailable', status: 500 });
    expect(err.message).toMatch(/not retried/);
    expect(err.attempts).toHaveLength(1);
    expect(stub().requests).toHaveLength(1);
  });

  it('prices nothing when offline', async () => {
    const res = await new GeminiAdapter(new OfflineModelClient(), { now: NOW }).run(chat);
    expect(res.offline).toBe(true);
    expect(res.costPico).toBe(0);
    expect(res.text).toMatch(/GEMINI_API_KEY/);
    expect(res.decision.model).toBe(LITE);
  });
});

describe('classifyWithModel', () => {
  it('uses the bucket the cheapest model answers (maxOutputTokens 10, temperature 0)', async () => {
    const c = await classifyWithModel(client(), 'Fix the bug in this TypeScript function', {
      now: NOW,
    });
    expect(c).toMatchObject({ bucket: 'CODE', source: 'model', model: LITE, confidence: null });
    expect(c.reasons.map(reasonText)[0]).toContain(LITE);
    expect(c.costPico).toBe(costPicoUsd(findModel(catalog, LITE)!, c.usage!, AT));
    const req = stub().requests[0]!;
    expect(req).toMatchObject({ model: LITE, maxOutputTokens: 10, temperature: 0 });
    expect(req.prompt).toContain('Output only the bucket name');
    expect(req.prompt).toContain('Fix the bug in this TypeScript function');
  });

  it("takes the model's answer even where the local classifier would differ", async () => {
    stub().setBehaviour({ classifierAnswer: ' agent.\n' });
    const c = await classifyWithModel(client(), 'hello', { now: NOW });
    expect(c).toMatchObject({ bucket: 'AGENT', source: 'model' });
  });

  it('falls back to the local classifier on a garbage answer', async () => {
    stub().setBehaviour({ classifierAnswer: 'I think this is probably code' });
    const prompt = 'Write a haiku about autumn';
    const c = await classifyWithModel(client(), prompt, { now: NOW });
    const local = classifyPrompt(prompt);
    expect(c.source).toBe('local');
    expect(c.bucket).toBe(local.bucket);
    expect(c.confidence).toBe(local.confidence);
    expect(c.reasons.map(reasonText)[0]).toMatch(/not one of CHAT\/CODE\/REASON\/AGENT/);
    expect(c.reasons.map(reasonText)[0]).toContain('I think this is probably code');
  });

  it('falls back to the local classifier on a 500', async () => {
    stub().failNext(LITE, 500);
    const c = await classifyWithModel(client(), 'Fix the bug in this TypeScript function', {
      now: NOW,
    });
    expect(c.source).toBe('local');
    expect(c.reasons.map(reasonText)[0]).toMatch(/failed/);
    expect(c.reasons.map(reasonText)[0]).toContain('500');
    expect(stub().requests).toHaveLength(1); // no retry: the local classifier is instant
  });

  it('falls back on a thrown non-Gemini error and never calls an offline client', async () => {
    const broken = {
      offline: false,
      generate: async () => {
        throw new Error('boom');
      },

      stream: async function* () {
        throw new Error('boom');
      },
    };
    expect((await classifyWithModel(broken, 'hi', { now: NOW })).source).toBe('local');
    const off = await classifyWithModel(new OfflineModelClient(), 'hi', { now: NOW });
    expect(off.source).toBe('local');
    expect(off.reasons.map(reasonText)[0]).toMatch(/No API key/);
  });

  it('parses bucket answers strictly', () => {
    expect(parseBucket('CODE')).toBe('CODE');
    expect(parseBucket(' `reason`. ')).toBe('REASON');
    expect(parseBucket('"Chat"')).toBe('CHAT');
    expect(parseBucket('CODE or CHAT')).toBeUndefined();
    expect(parseBucket('')).toBeUndefined();
  });
});
