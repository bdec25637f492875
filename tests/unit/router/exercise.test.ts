import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExercise, strategyComparison, summarizeDecisions } from '../../../lib/router/exercise';
import { exercisePrompts } from '../../../lib/router/exercise-prompts';
import { parseRouteRequest } from '../../../lib/router/validate';
import { catalog, findModel, isRetired, pricesOn } from '../../../lib/router/catalog';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('exercisePrompts', () => {
  it('has 100 valid, uniquely numbered prompts with chat, long context, tools and tight latency', () => {
    expect(exercisePrompts).toHaveLength(100);
    expect(new Set(exercisePrompts.map((p) => p.id)).size).toBe(100);
    for (const p of exercisePrompts) expect(parseRouteRequest(p).ok).toBe(true);
    expect(
      exercisePrompts.filter((p) => (p.maxContext ?? 0) > 50_000).length,
    ).toBeGreaterThanOrEqual(5);
    expect(exercisePrompts.filter((p) => p.needsTools).length).toBeGreaterThanOrEqual(5);
    expect(
      exercisePrompts.filter((p) => (p.latencyBudgetMs ?? 10_000) < 500).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('shares no prompt with the classifier training set', () => {
    const dir = path.resolve('lib/router/training');
    const train = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
        .map((l) => l.slice(l.indexOf('|') + 1).replace(/\\n/g, '\n')),
    );
    expect(exercisePrompts.filter((p) => train.has(p.prompt))).toEqual([]);
  });
});

describe('runExercise', () => {
  const r = runExercise(exercisePrompts, { now: NOW });

  it('returns one decision per prompt, in order', () => {
    expect(r.decisions.map((d) => d.id)).toEqual(exercisePrompts.map((p) => p.id));
  });

  it('totals are the exact sums of the decisions', () => {
    const sum = (k: 'picked' | 'alwaysPro' | 'alwaysFlash' | 'alwaysFlashLite') =>
      r.decisions.reduce((a, d) => a + d.costPico[k], 0);
    expect(r.totals.router.pico).toBe(sum('picked'));
    expect(r.totals.alwaysPro.pico).toBe(sum('alwaysPro'));
    expect(r.totals.alwaysFlash.pico).toBe(sum('alwaysFlash'));
    expect(r.totals.alwaysFlashLite.pico).toBe(sum('alwaysFlashLite'));
    expect(r.totals.router.usd).toBe(r.totals.router.pico / 1e12);
  });

  it('routing costs between always-Flash-Lite and always-Pro, and savings match', () => {
    expect(r.totals.router.pico).toBeLessThan(r.totals.alwaysPro.pico);
    expect(r.totals.router.pico).toBeGreaterThan(r.totals.alwaysFlashLite.pico);
    expect(r.savingsVsPro).toBeCloseTo(1 - r.totals.router.pico / r.totals.alwaysPro.pico, 12);
    expect(r.multipleOfPro + r.savingsVsPro).toBeCloseTo(1, 12);
  });

  it('tier shares add up to all prompts', () => {
    const counts = Object.values(r.share).reduce((a, s) => a + s.count, 0);
    const shares = Object.values(r.share).reduce((a, s) => a + s.share, 0);
    expect(counts).toBe(100);
    expect(shares).toBeCloseTo(1, 12);
  });

  it('can force one strategy for all prompts', () => {
    const rules = runExercise(exercisePrompts, { now: NOW, strategy: 'rules' });
    expect(rules.decisions.every((d) => d.strategy === 'rules')).toBe(true);
  });
});

describe('summarizeDecisions', () => {
  it('summarises decisions routed one by one exactly like runExercise', () => {
    const r = runExercise(exercisePrompts.slice(0, 10), { now: NOW });
    const { decisions, ...summary } = r;
    expect(summarizeDecisions(decisions)).toEqual(summary);
    expect(summarizeDecisions([]).savingsVsPro).toBe(0);
  });
});

describe('strategyComparison', () => {
  const c = strategyComparison(exercisePrompts, { now: NOW });
  const row = (k: string) => c.rows.find((r) => r.key === k)!;

  it('lists the lesson strategies with always-Pro at 1.0x', () => {
    expect(c.rows.map((r) => r.key)).toEqual([
      'always-pro',
      'routed',
      'flash-lite-only',
      'routed-cached',
      'routed-batch',
      'routed-flex',
      'routed-priority',
    ]);
    expect(row('always-pro').multipleOfPro).toBe(1);
  });

  it('halves the routed cost through Flex and adds 75-100 % through Priority', () => {
    const routed = row('routed').total.pico;
    expect(row('routed-flex').total.pico).toBe(Math.round(routed / 2));
    expect(row('routed-priority').total.pico).toBe(Math.round(routed * 1.75));
    expect(row('routed-priority').totalMax!.pico).toBe(routed * 2);
  });

  it('agrees with runExercise and halves the routed cost through Batch', () => {
    const r = runExercise(exercisePrompts, { now: NOW });
    expect(row('routed').total.pico).toBe(r.totals.router.pico);
    expect(row('always-pro').total.pico).toBe(r.totals.alwaysPro.pico);
    expect(row('flash-lite-only').total.pico).toBe(r.totals.alwaysFlashLite.pico);
    expect(row('routed-batch').total.pico).toBe(r.totals.router.pico / 2);
  });

  it('caching a shared prefix makes each call cheaper', () => {
    const withPrefix = strategyComparison(exercisePrompts.slice(0, 20), {
      now: NOW,
      sharedPrefixTokens: 5_000,
    });
    const cached = withPrefix.rows.find((r) => r.key === 'routed-cached')!;
    const routed = withPrefix.rows.find((r) => r.key === 'routed')!;
    expect(cached.total.pico).toBeLessThan(routed.total.pico);
    expect(row('flash-lite-only').multipleOfPro).toBeLessThan(0.1);
  });
});

describe('the exercise on 2026-12-01 and 2027-01-02', () => {
  for (const day of ['2026-12-01', '2027-01-02']) {
    it(`${day}: names no shut-down model, and prices each pick at that day's rates of the model it names`, () => {
      const r = runExercise(exercisePrompts, { now: day });
      for (const d of r.decisions) {
        const m = findModel(catalog, d.model)!;
        expect(isRetired(m, day), `${d.id}: ${d.model}`).toBe(false);
        const p = pricesOn(m, day);
        const long = d.inputTokens > 200_000;
        const inRate = long ? (p.inputLong ?? p.input) : p.input;
        const outRate = long ? (p.outputLong ?? p.output) : p.output;
        expect(d.costPico.picked, d.id).toBe(
          d.inputTokens * inRate + d.estimatedOutputTokens * outRate,
        );
        expect(d.costUsd.picked).toBe(d.costPico.picked / 1e12);
        expect(d.at).toBe(day);
      }
    });
  }
});
