import { describe, expect, it } from 'vitest';
import { reasonText } from '../../../lib/router/reasons';
import { routeByRules } from '../../../lib/router/rules';

describe('routeByRules', () => {
  it("reproduces the lesson's example: tools, no reasoning, 80K context -> flash", () => {
    expect(routeByRules({ needsTools: true, needsReasoning: false, maxContext: 80_000 }).tier).toBe(
      'flash',
    );
  });

  it('defaults to flash-lite with no declared needs', () => {
    const r = routeByRules({});
    expect(r.tier).toBe('flash-lite');
    expect(r.reasons.map(reasonText)[0]).toMatch(/cheapest/);
  });

  it('latency: 499 ms is under 500, 500 ms is not', () => {
    expect(routeByRules({ latencyBudgetMs: 499, needsReasoning: true }).tier).toBe('flash-lite');
    expect(routeByRules({ latencyBudgetMs: 500, needsReasoning: true }).tier).toBe('pro');
  });

  it('latency under 500 ms wins over reasoning, tools and long context', () => {
    const r = routeByRules({
      latencyBudgetMs: 300,
      needsReasoning: true,
      needsTools: true,
      maxContext: 500_000,
    });
    expect(r.tier).toBe('flash-lite');
    expect(r.reasons.map(reasonText)).toEqual([
      'Latency budget 300 ms is under 500 ms: Flash-Lite has the fastest first token.',
    ]);
  });

  it('context 50_000 stays flash-lite, 50_001 goes to flash', () => {
    expect(routeByRules({ maxContext: 50_000 }).tier).toBe('flash-lite');
    expect(routeByRules({ maxContext: 50_001 }).tier).toBe('flash');
  });

  it('context 200_000 stays flash, 200_001 goes to pro', () => {
    expect(routeByRules({ maxContext: 200_000 }).tier).toBe('flash');
    expect(routeByRules({ maxContext: 200_001 }).tier).toBe('pro');
  });

  it('reasoning goes to pro even with tools, and says why', () => {
    const r = routeByRules({ needsReasoning: true, needsTools: true });
    expect(r.tier).toBe('pro');
    expect(r.reasons.map(reasonText).join(' ')).toMatch(/Reasoning was declared/);
  });

  it('gives every reason that applies', () => {
    const r = routeByRules({ needsReasoning: true, maxContext: 300_000 });
    expect(r.reasons.map(reasonText)).toHaveLength(2);
    expect(r.reasons.map(reasonText)[1]).toContain('300,000');
  });
});
