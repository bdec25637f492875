import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercisePrompts } from '@/lib/router/exercise-prompts';
import { routeByRules } from '@/lib/router/rules';
import { containsText, evaluateLabRouter } from '@/lib/router/lab/evaluate';
import { labelledExercisePrompts } from '@/lib/router/lab/exercise-labels';
import { promptFacts, promptLanguage, type PromptFacts } from '@/lib/router/lab/facts';
import {
  gradeLabRouter,
  passesHiddenRound,
  prepareLabelled,
  type LabelledPrompt,
} from '@/lib/router/lab/grade';
import { MAX_RULES, parseLabRouter, type LabRouter } from '@/lib/router/lab/schema';
import {
  MAX_SHARE_CHARS,
  decodeShareCode,
  encodeShareCode,
  routerFromHash,
  shareFragment,
} from '@/lib/router/lab/share';
import { smartRouterRules } from '@/lib/router/lab/smart-router';
import { confidentRouter } from './fixtures';

const facts = (over: Partial<PromptFacts> = {}): PromptFacts => ({
  needsReasoning: false,
  needsTools: false,
  contextTokens: 0,
  latencyMs: 10_000,
  promptTokens: 10,
  language: 'en',
  bucket: 'CHAT',
  confidence: 90,
  lower: 'hello there',
  ...over,
});

describe('lab router schema', () => {
  it('accepts the SmartRouter and a confident router', () => {
    expect(parseLabRouter(smartRouterRules()).ok).toBe(true);
    expect(parseLabRouter(confidentRouter()).ok).toBe(true);
  });

  it('names the field of a bad value', () => {
    const router = smartRouterRules() as unknown as {
      rules: { conditions: { value: number }[] }[];
    };
    router.rules[2]!.conditions[0]!.value = -1;
    expect(parseLabRouter(router)).toMatchObject({
      ok: false,
      error: { field: 'rules.2.conditions.0.value' },
    });
    expect(parseLabRouter({ version: 1, rules: [], fallback: 'gpt-5' })).toMatchObject({
      ok: false,
      error: { field: 'fallback' },
    });
    expect(parseLabRouter(null)).toMatchObject({ ok: false, error: { field: 'router' } });
  });

  it('refuses unknown kinds, empty or long text, too many rules, fractions and NaN', () => {
    const rule = (condition: unknown) => ({
      version: 1,
      fallback: 'flash',
      rules: [{ conditions: [condition], tier: 'pro' }],
    });
    for (const bad of [
      { kind: 'regex', pattern: '(a+)+$' },
      { kind: 'contains', text: '   ', match: 'word' },
      { kind: 'contains', text: 'x'.repeat(61), match: 'substring' },
      { kind: 'contains', text: 'ok', match: 'regex' },
      { kind: 'promptTokens', op: '>', value: 1.5 },
      { kind: 'latencyMs', op: '<', value: Number.NaN },
      { kind: 'confidence', op: '<', value: 101 },
      { kind: 'bucket', is: 'chat' },
      { kind: 'language', is: 'fr' },
    ])
      expect(parseLabRouter(rule(bad)).ok, JSON.stringify(bad)).toBe(false);
    const many = {
      ...smartRouterRules(),
      rules: Array(MAX_RULES + 1).fill(smartRouterRules().rules[0]),
    };
    expect(parseLabRouter(many)).toMatchObject({ ok: false, error: { field: 'rules' } });
  });
});

describe('evaluateLabRouter', () => {
  const router: LabRouter = {
    version: 1,
    fallback: 'flash',
    rules: [
      { conditions: [{ kind: 'latencyMs', op: '<', value: 500 }], tier: 'flash-lite' },
      {
        conditions: [
          { kind: 'contains', text: 'Prove', match: 'word' },
          { kind: 'language', is: 'en' },
        ],
        tier: 'pro',
      },
      { conditions: [{ kind: 'promptTokens', op: '<=', value: 20 }], tier: 'flash-lite' },
    ],
  };

  it('takes the first rule whose conditions all hold, else the fallback', () => {
    expect(evaluateLabRouter(router, facts({ latencyMs: 499, lower: 'prove it' }))).toEqual({
      tier: 'flash-lite',
      rule: 0,
    });
    expect(evaluateLabRouter(router, facts({ latencyMs: 500, lower: 'prove it' }))).toEqual({
      tier: 'pro',
      rule: 1,
    });
    expect(evaluateLabRouter(router, facts({ lower: 'prove it', language: 'ko' }))).toEqual({
      tier: 'flash-lite',
      rule: 2,
    });
    expect(evaluateLabRouter(router, facts({ promptTokens: 21 }))).toEqual({
      tier: 'flash',
      rule: -1,
    });
  });

  it('matches words only where they stand alone, substrings anywhere, case-insensitively', () => {
    expect(containsText('we improve it', 'prove', 'word')).toBe(false);
    expect(containsText('we improve it', 'prove', 'substring')).toBe(true);
    expect(containsText('improve, then prove.', 'prove', 'word')).toBe(true);
    expect(containsText('증명해줘', '증명', 'substring')).toBe(true);
    expect(containsText('증명해줘', '증명', 'word')).toBe(false);
    expect(evaluateLabRouter(router, facts({ lower: 'PROVE it'.toLowerCase() })).rule).toBe(1);
  });

  it('runs in linear time on hostile text', () => {
    const text = 'a'.repeat(200_000);
    const started = performance.now();
    expect(containsText(text, 'a'.repeat(59) + 'b', 'word')).toBe(false);
    expect(containsText(text, 'a'.repeat(30), 'word')).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('as the SmartRouter, picks what routeByRules picks for every exercise prompt', () => {
    const smart = smartRouterRules();
    for (const request of exercisePrompts)
      expect(evaluateLabRouter(smart, promptFacts(request)).tier, request.id).toBe(
        routeByRules(request).tier,
      );
  });

  it('tells Korean from English', () => {
    expect(promptLanguage('오늘 저녁 메뉴 추천해줘')).toBe('ko');
    expect(promptLanguage('SQL로 쿼리를 작성해줘')).toBe('ko');
    expect(promptLanguage('Write a haiku')).toBe('en');
    expect(promptLanguage('12345 ?!')).toBe('other');
    expect(promptLanguage('Привет, как дела?')).toBe('other');
  });
});

describe('gradeLabRouter', () => {
  const day = '2026-11-20';
  const set: LabelledPrompt[] = [
    { id: 'a', prompt: 'Write a haiku about rain.', label: 'flash-lite' },
    { id: 'b', prompt: 'Prove that there are infinitely many primes.', label: 'pro' },
    { id: 'c', prompt: 'Write a TypeScript debounce function.', label: 'flash' },
    { id: 'd', prompt: 'Tag this: "where is my order"', latencyBudgetMs: 200, label: 'flash-lite' },
  ];
  const prepared = prepareLabelled(set, { now: day });

  it('counts under- and over-routing and totals the cost of the tiers picked', () => {
    const allFlash: LabRouter = { version: 1, rules: [], fallback: 'flash' };
    const grade = gradeLabRouter(allFlash, prepared);
    expect(grade.router).toMatchObject({
      prompts: 4,
      underRouted: 1,
      overRouted: 2,
      underShare: 0.25,
      overShare: 0.5,
    });
    expect(grade.router.costPico).toBe(grade.baselines.alwaysFlash.costPico);
    expect(grade.router.costPico).toBe(prepared.reduce((sum, p) => sum + p.cost.flash, 0));
    expect(grade.misrouted.map((m) => [m.id, m.direction, m.rule])).toEqual([
      ['a', 'over', -1],
      ['b', 'under', -1],
      ['d', 'over', -1],
    ]);
    expect(grade.fired).toEqual([4]);
  });

  it('puts the labels at zero misrouting and orders the baselines by price', () => {
    const { baselines } = gradeLabRouter(smartRouterRules(), prepared);
    expect(baselines.labels).toMatchObject({ underRouted: 0, overRouted: 0 });
    expect(baselines.alwaysPro).toMatchObject({ underRouted: 0, overRouted: 3 });
    expect(baselines.alwaysFlashLite).toMatchObject({ underRouted: 2, overRouted: 0 });
    expect(baselines.alwaysFlashLite.costPico).toBeLessThan(baselines.alwaysFlash.costPico);
    expect(baselines.alwaysFlash.costPico).toBeLessThan(baselines.alwaysPro.costPico);
  });

  it('says which rule fired for each misrouted prompt', () => {
    const grade = gradeLabRouter(smartRouterRules(), prepared);
    // The SmartRouter reads needs only: the proof and the code go to Flash-Lite by the fallback, the tag by rule 0.
    expect(grade.misrouted.map((m) => [m.id, m.tier, m.rule])).toEqual([
      ['b', 'flash-lite', -1],
      ['c', 'flash-lite', -1],
    ]);
    expect(grade.fired).toEqual([1, 0, 0, 0, 0, 3]);
  });

  it('passes only under always-Flash cost with at most 5 % under-routed', () => {
    const grade = gradeLabRouter(smartRouterRules(), prepared);
    expect(passesHiddenRound(grade)).toBe(false);
    const cheap = { ...grade, router: { ...grade.router, underShare: 0.05, costPico: 1 } };
    expect(passesHiddenRound(cheap)).toBe(true);
    expect(passesHiddenRound({ ...cheap, router: { ...cheap.router, underShare: 0.051 } })).toBe(
      false,
    );
  });

  it('labels all 100 exercise prompts', () => {
    expect(labelledExercisePrompts).toHaveLength(100);
    const grade = gradeLabRouter(
      smartRouterRules(),
      prepareLabelled(labelledExercisePrompts, { now: day }),
    );
    expect(grade.router.prompts).toBe(100);
    expect(grade.baselines.labels.underRouted).toBe(0);
  });
});

describe('share links', () => {
  it('round-trip a router through the URL fragment', () => {
    for (const router of [smartRouterRules(), confidentRouter()]) {
      const code = encodeShareCode(router);
      expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeShareCode(code)).toEqual({ ok: true, router });
      expect(routerFromHash(shareFragment(router))).toEqual({ ok: true, router });
    }
    const korean: LabRouter = {
      version: 1,
      fallback: 'flash',
      rules: [
        { conditions: [{ kind: 'contains', text: '증명 🧮', match: 'substring' }], tier: 'pro' },
      ],
    };
    expect(decodeShareCode(encodeShareCode(korean))).toEqual({ ok: true, router: korean });
  });

  it('says when a hash carries no router', () => {
    expect(routerFromHash('')).toBeNull();
    expect(routerFromHash('#router-lab')).toBeNull();
    expect(routerFromHash('#lab=')).toMatchObject({ ok: false, error: { field: 'lab' } });
    expect(decodeShareCode('x'.repeat(MAX_SHARE_CHARS + 1))).toMatchObject({ ok: false });
    expect(decodeShareCode(encodeShareCode({ version: 2 } as never))).toMatchObject({
      ok: false,
      error: { field: 'version' },
    });
  });

  it('never throws on arbitrary strings, and accepts only valid routers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const decoded = decodeShareCode(text);
        if (decoded.ok) expect(parseLabRouter(decoded.router).ok).toBe(true);
        const fromHash = routerFromHash(`#lab=${text}`);
        expect(fromHash === null || typeof fromHash.ok === 'boolean').toBe(true);
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'AZaz09-_'.split('')), maxLength: 300 }),
        (text) => {
          expect(typeof decodeShareCode(text).ok).toBe('boolean');
        },
      ),
      { numRuns: 2_000 },
    );
    // Valid base64url of arbitrary bytes and of arbitrary JSON.
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.json().map((j) => new TextEncoder().encode(j)),
        ),
        (bytes) => {
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          const code = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
          expect(typeof decodeShareCode(code).ok).toBe('boolean');
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
