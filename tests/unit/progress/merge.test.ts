import { describe, expect, it } from 'vitest';
import { MAX_MERGE_ENTRIES, planMerge } from '@/lib/progress/merge';

const published = new Set([
  'gemini-in-production/gemini-adapter',
  'gemini-in-production/cost-routing',
]);
const plan = (input: unknown, existing: string[] = []) =>
  planMerge(input, { publishedLessonIds: published, existingKeys: new Set(existing) });

describe('planMerge', () => {
  it('refuses kinds that every object inherits, like any unknown word', () => {
    const names = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
    const result = plan([
      ...names.map((kind) => ({ kind, subject: 'gemini-in-production/gemini-adapter' })),
      { kind: 'exercise-done', subject: 'gemini-in-production/gemini-adapter' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.skipped).toEqual(
      names.map((_, index) => ({ index, reason: 'unknown kind' })),
    );
    expect(result.plan.accepted).toEqual([
      { kind: 'exercise-done', subject: 'gemini-in-production/gemini-adapter' },
    ]);
  });

  it('refuses kinds only the server records after scoring the work (XP for results, not clicks)', () => {
    const result = plan([
      { kind: 'router-lab-passed', subject: 'playground' },
      { kind: 'playground-first-run', subject: 'playground' },
    ]);
    expect(result).toMatchObject({
      ok: true,
      plan: {
        accepted: [{ kind: 'playground-first-run', subject: 'playground' }],
        skipped: [{ index: 0, reason: 'router-lab-passed is recorded by the server only' }],
      },
    });
  });

  it('accepts valid events and keeps their order', () => {
    const result = plan([
      { kind: 'exercise-done', subject: 'gemini-in-production/gemini-adapter' },
      { kind: 'playground-first-run', subject: 'playground' },
    ]);
    expect(result).toEqual({
      ok: true,
      plan: {
        accepted: [
          { kind: 'exercise-done', subject: 'gemini-in-production/gemini-adapter' },
          { kind: 'playground-first-run', subject: 'playground' },
        ],
        alreadyThere: 0,
        derived: 0,
        skipped: [],
      },
    });
  });

  it('is idempotent: duplicates in the input or already on the account count once', () => {
    const event = { kind: 'exercise-done', subject: 'gemini-in-production/cost-routing' };
    const first = plan([event, { ...event }]);
    expect(first.ok && first.plan.accepted).toHaveLength(1);
    expect(first.ok && first.plan.alreadyThere).toBe(1);
    const again = plan([event], ['exercise-done:gemini-in-production/cost-routing']);
    expect(again.ok && again.plan.accepted).toEqual([]);
    expect(again.ok && again.plan.alreadyThere).toBe(1);
  });

  it('reports and skips tampered or invalid entries, keeping the valid ones', () => {
    const result = plan([
      { kind: 'exercise-done', subject: 'gemini-in-production/gemini-adapter', xp: 9999 },
      { kind: 'admin', subject: 'gemini-in-production/gemini-adapter' },
      { kind: 'exercise-done', subject: 'other-course/not-real' },
      { kind: 'playground-exercise', subject: 'gemini-in-production/gemini-adapter' },
      { kind: 'exercise-done', subject: 42 },
      'exercise-done',
      null,
      ['exercise-done'],
      { kind: 'exercise-done', subject: 'gemini-in-production/cost-routing' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.accepted).toEqual([
      { kind: 'exercise-done', subject: 'gemini-in-production/cost-routing' },
    ]);
    expect(result.plan.skipped.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(result.plan.skipped[0]?.reason).toMatch(/unexpected field "xp"/);
    expect(result.plan.skipped[1]?.reason).toBe('unknown kind');
    expect(result.plan.skipped[2]?.reason).toMatch(/not a published lesson/);
    expect(result.plan.skipped[3]?.reason).toMatch(/must be "playground"/);
  });

  it('leaves out what only graded answers earn: passed checks, reviews, completing a lesson with checks', () => {
    const result = plan([
      { kind: 'check-passed', subject: 'gemini-in-production/cost-routing/tool-80k' },
      { kind: 'check-reviewed', subject: 'gemini-in-production/cost-routing/tool-80k@abc' },
      { kind: 'lesson-completed', subject: 'gemini-in-production/cost-routing' },
      { kind: 'check-passed', subject: 'gemini-in-production/cost-routing/no-such-check' },
      { kind: 'exercise-done', subject: 'gemini-in-production/cost-routing' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.derived).toBe(3);
    expect(result.plan.skipped).toEqual([
      { index: 3, reason: expect.stringMatching(/not a check/) },
    ]);
    expect(result.plan.accepted).toEqual([
      { kind: 'exercise-done', subject: 'gemini-in-production/cost-routing' },
    ]);
  });

  it('refuses input that is not a list, or is too long', () => {
    expect(plan({ kind: 'exercise-done' })).toEqual({
      ok: false,
      error: 'events must be an array',
    });
    const many = Array.from({ length: MAX_MERGE_ENTRIES + 1 }, () => ({
      kind: 'playground-first-run',
      subject: 'playground',
    }));
    expect(plan(many).ok).toBe(false);
  });
});
