import { describe, expect, it } from 'vitest';
import { hiddenRoundPrompts } from '@/lib/playground/hidden-round.server';
import { scoreRouter, scoreSubmission } from '@/lib/playground/hidden-round-score.server';
import { labelledExercisePrompts } from '@/lib/router/lab/exercise-labels';
import { smartRouterRules } from '@/lib/router/lab/smart-router';
import { TIERS } from '@/lib/router/types';
import { confidentRouter } from '../router/lab/fixtures';

const day = new Date('2026-11-20T12:00:00Z');

describe('the hidden round', () => {
  it('holds 40-60 labelled prompts in Korean and English, none of them from the exercise', () => {
    expect(hiddenRoundPrompts.length).toBeGreaterThanOrEqual(40);
    expect(hiddenRoundPrompts.length).toBeLessThanOrEqual(60);
    expect(new Set(hiddenRoundPrompts.map((p) => p.id)).size).toBe(hiddenRoundPrompts.length);
    expect(hiddenRoundPrompts.some((p) => /[\uac00-\ud7a3]/.test(p.prompt))).toBe(true);
    expect(hiddenRoundPrompts.some((p) => /^[\x20-\x7e’]+$/.test(p.prompt))).toBe(true);
    for (const p of hiddenRoundPrompts) expect(TIERS).toContain(p.label);
    const exercise = new Set(labelledExercisePrompts.map((p) => p.prompt));
    for (const p of hiddenRoundPrompts) expect(exercise.has(p.prompt), p.id).toBe(false);
  });

  it('passes a router that uses the classifier with care, and not the SmartRouter alone', () => {
    const good = scoreRouter(confidentRouter(), day);
    expect(good.passed).toBe(true);
    expect(good.underShare).toBeLessThanOrEqual(0.05);
    expect(good.costUsd).toBeLessThan(good.alwaysFlashUsd);
    const smart = scoreRouter(smartRouterRules(), day);
    expect(smart.passed).toBe(false);
    expect(smart.underShare).toBeGreaterThan(0.05);
    // Always Pro never under-routes, but costs more than always Flash.
    const pro = scoreRouter({ version: 1, rules: [], fallback: 'pro' }, day);
    expect(pro).toMatchObject({ underShare: 0, passed: false });
  });

  it('answers aggregate figures only: no prompt, id or label', () => {
    const text = JSON.stringify(scoreRouter(confidentRouter(), day));
    expect(Object.keys(scoreRouter(confidentRouter(), day)).sort()).toEqual(
      [
        'alwaysFlashUsd',
        'alwaysProUsd',
        'costUsd',
        'overShare',
        'passed',
        'prompts',
        'underShare',
      ].sort(),
    );
    for (const p of hiddenRoundPrompts) expect(text).not.toContain(p.id);
  });

  it('scores the rules itself and ignores figures the browser sends along', () => {
    const honest = scoreSubmission({ router: smartRouterRules() }, day);
    const boasting = scoreSubmission(
      {
        router: smartRouterRules(),
        score: { passed: true, underShare: 0, costUsd: 0 },
        passed: true,
        underShare: 0,
      },
      day,
    );
    expect(honest).toMatchObject({ ok: true, score: { passed: false } });
    expect(boasting).toEqual(honest);
    const hidden = { ...smartRouterRules(), passed: true } as unknown;
    expect(scoreSubmission({ router: hidden }, day)).toEqual(honest);
  });

  it('names the field of a bad submission', () => {
    expect(scoreSubmission(null, day)).toMatchObject({ ok: false, error: { field: 'router' } });
    expect(scoreSubmission('x', day)).toMatchObject({ ok: false, error: { field: 'router' } });
    expect(
      scoreSubmission(
        { router: { version: 1, rules: [{ conditions: [], tier: 'gpt' }], fallback: 'pro' } },
        day,
      ),
    ).toMatchObject({ ok: false, error: { field: 'router.rules.0.tier' } });
  });
});
