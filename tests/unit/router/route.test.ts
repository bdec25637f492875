import { describe, expect, it } from 'vitest';
import { catalog } from '../../../lib/router/catalog';
import { reason } from '../../../lib/router/reasons';
import { routePrompt } from '../../../lib/router/route';
import { estimateTokens } from '../../../lib/router/tokens';

const NOW = new Date('2026-12-01T12:00:00Z');
const CHAT = 'Write a two-line birthday wish for my aunt.';
const PROOF = 'Prove that the product of two odd integers is odd.';

describe('routePrompt', () => {
  it('rules strategy reproduces the lesson example', () => {
    const d = routePrompt(
      { prompt: CHAT, needsTools: true, maxContext: 80_000, strategy: 'rules' },
      { now: NOW },
    );
    expect(d).toMatchObject({
      tier: 'flash',
      model: 'gemini-3.8-flash',
      strategy: 'rules',
      at: '2026-12-01',
      offline: true,
    });
    expect(d.bucket).toBeUndefined();
  });

  it('counts input tokens as the prompt estimate plus the declared context', () => {
    const d = routePrompt({ prompt: CHAT, maxContext: 1_234 }, { now: NOW });
    expect(d.inputTokens).toBe(estimateTokens(CHAT) + 1_234);
  });

  it('auto defaults and sends a plain chat prompt to flash-lite', () => {
    const d = routePrompt({ prompt: CHAT }, { now: NOW });
    expect(d).toMatchObject({ strategy: 'auto', tier: 'flash-lite', bucket: 'CHAT' });
  });

  it('auto: the more demanding of classifier and rules wins', () => {
    // Chat prompt, but 250K of context: the rules ask for Pro.
    const long = routePrompt({ prompt: CHAT, maxContext: 250_000 }, { now: NOW });
    expect(long.tier).toBe('pro');
    expect(long.reasons[0]).toMatch(/over 200K/);
    // Proof prompt with only tools declared: the classifier asks for Pro.
    const proof = routePrompt({ prompt: PROOF, needsTools: true }, { now: NOW });
    expect(proof.tier).toBe('pro');
    expect(proof.bucket).toBe('REASON');
  });

  it('auto: a declared latency under 500 ms always means flash-lite', () => {
    const d = routePrompt(
      { prompt: PROOF, needsReasoning: true, latencyBudgetMs: 499 },
      { now: NOW },
    );
    expect(d.tier).toBe('flash-lite');
    expect(d.reasons[0]).toBe(
      'Latency budget 499 ms is under 500 ms: Flash-Lite has the fastest first token.',
    );
    expect(routePrompt({ prompt: PROOF, latencyBudgetMs: 500 }, { now: NOW }).tier).toBe('pro');
  });

  it('classify strategy ignores declared needs', () => {
    const d = routePrompt(
      { prompt: CHAT, needsReasoning: true, maxContext: 300_000, strategy: 'classify' },
      { now: NOW },
    );
    expect(d.tier).toBe('flash-lite');
    expect(d.bucket).toBe('CHAT');
  });

  it('prices the pick and both baselines on the same tokens', () => {
    const d = routePrompt({ prompt: CHAT }, { now: NOW });
    expect(d.costUsd.picked).toBe(d.costUsd.alwaysFlashLite);
    expect(d.costUsd.alwaysPro).toBeGreaterThan(d.costUsd.picked);
    // gemini-3.1-pro-preview on 2026-12-01: 2.00 in / 12.00 out per 1M.
    expect(d.costPico.alwaysPro).toBe(
      d.inputTokens * 2_000_000 + d.estimatedOutputTokens * 12_000_000,
    );
    expect(d.costUsd.alwaysPro).toBe(d.costPico.alwaysPro / 1e12);
  });

  it("names no shut-down model and prices the pick at that day's rates of the model it names", () => {
    const tools = { prompt: CHAT, needsTools: true, maxContext: 80_000 };
    for (const [day, flash] of [
      ['2026-12-01', [750_000, 3_750_000]],
      ['2027-01-02', [1_500_000, 7_500_000]],
    ] as const) {
      const d = routePrompt(tools, { now: day });
      expect(d.model).toBe('gemini-3.8-flash');
      expect(d.at).toBe(day);
      expect(d.costPico.picked).toBe(d.inputTokens * flash[0] + d.estimatedOutputTokens * flash[1]);
      const p = routePrompt({ prompt: PROOF }, { now: day });
      expect(p.model).toBe('gemini-3.1-pro-preview');
    }
  });

  it('says when a model of its tier was shut down and what Google answers with', () => {
    const d = routePrompt({ prompt: PROOF }, { now: new Date('2026-12-01T00:00:00Z') });
    expect(d.model).toBe('gemini-3.1-pro-preview');
    expect(d.retired).toEqual({
      model: 'gemini-2.5-pro',
      on: '2026-12-01',
      successor: 'gemini-3.8-flash',
      reroutedTo: 'gemini-3.8-flash',
    });
    expect(d.reasons.join(' ')).toMatch(
      /gemini-2\.5-pro was shut down on 2026-12-01; Google now answers requests to it with gemini-3\.8-flash/,
    );
    // Ninety days on it is no longer news.
    expect(routePrompt({ prompt: PROOF }, { now: '2027-03-15' }).retired).toBeUndefined();
  });

  it('echoes the id first and uses a given catalog', () => {
    const custom = JSON.parse(JSON.stringify(catalog)) as typeof catalog;
    custom.models = custom.models.filter((m) => m.id !== 'gemini-2.5-flash-lite');
    const d = routePrompt({ id: 'abc', prompt: CHAT }, { catalog: custom, now: NOW });
    expect(Object.keys(d)[0]).toBe('id');
    expect(d.model).toBe('gemini-3.5-flash-lite');
  });

  it('warns when the input exceeds the context window', () => {
    const d = routePrompt({ prompt: CHAT, maxContext: 2_000_000 }, { now: NOW });
    expect(d.reasons.join(' ')).toMatch(/exceeds the 1,048,576-token context window/);
  });
});

describe('routePrompt with a classification made elsewhere', () => {
  const now = new Date('2026-11-20T00:00:00Z');

  it("uses the model's bucket instead of the local classifier, and is then not offline", () => {
    const d = routePrompt(
      { prompt: 'hello there', strategy: 'classify' },
      {
        now,
        classification: {
          bucket: 'REASON',
          reasons: [
            reason('model_classified', {
              model: 'gemini-2.5-flash-lite',
              bucket: 'REASON',
              tokens: 12,
            }),
          ],
          byModel: true,
        },
      },
    );
    expect(d.tier).toBe('pro');
    expect(d.bucket).toBe('REASON');
    expect(d.offline).toBe(false);
    expect(d.reasons[0]).toContain('classified the prompt as REASON');
  });

  it('stays offline when the bucket came from the local fallback, and rules ignore it', () => {
    const local = routePrompt(
      { prompt: 'hello', strategy: 'auto' },
      {
        now,
        classification: { bucket: 'CODE', reasons: [reason('model_offline')], byModel: false },
      },
    );
    expect(local.tier).toBe('flash');
    expect(local.offline).toBe(true);
    const rules = routePrompt(
      { prompt: 'hello', strategy: 'rules' },
      { now, classification: { bucket: 'AGENT', reasons: [], byModel: true } },
    );
    expect(rules.tier).toBe('flash-lite');
    expect(rules.offline).toBe(true);
  });
});

describe('what the decision tells a learner beyond the tier', () => {
  it("carries the classifier's confidence, each tier's probability and the runner-up tier", () => {
    const d = routePrompt({ prompt: PROOF }, { now: NOW });
    expect(d.tier).toBe('pro');
    const c = d.classifier;
    expect(c).toBeDefined();
    if (!c) return;
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(c.confidence).toBeLessThanOrEqual(1);
    const sum =
      c.tierProbabilities['flash-lite'] + c.tierProbabilities.flash + c.tierProbabilities.pro;
    expect(sum).toBeCloseTo(1, 1);
    expect(c.tierProbabilities.pro).toBeGreaterThan(c.tierProbabilities.flash);
    // The runner-up is another tier, the likeliest of the two left.
    expect(c.runnerUp.tier).not.toBe('pro');
    const other = c.runnerUp.tier === 'flash' ? 'flash-lite' : 'flash';
    expect(c.runnerUp.probability).toBe(c.tierProbabilities[c.runnerUp.tier]);
    expect(c.runnerUp.probability).toBeGreaterThanOrEqual(c.tierProbabilities[other]);
  });

  it('has no classifier reading when only the declared needs decided', () => {
    const d = routePrompt({ prompt: PROOF, strategy: 'rules' }, { now: NOW });
    expect(d.classifier).toBeUndefined();
  });

  it("prices every tier's model that day on the same tokens (what if)", () => {
    const d = routePrompt({ prompt: CHAT }, { now: NOW });
    expect(d.tiers[d.tier]).toEqual({ model: d.model, costUsd: d.costUsd.picked });
    expect(d.tiers.pro.costUsd).toBe(d.costUsd.alwaysPro);
    expect(d.tiers['flash-lite'].costUsd).toBe(d.costUsd.alwaysFlashLite);
    expect(d.tiers.flash.model).toBe(
      routePrompt({ prompt: CHAT, needsTools: true, strategy: 'rules' }, { now: NOW }).model,
    );
    expect(d.tiers['flash-lite'].costUsd).toBeLessThan(d.tiers.flash.costUsd);
    expect(d.tiers.flash.costUsd).toBeLessThan(d.tiers.pro.costUsd);
  });
});
