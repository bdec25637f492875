import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRightAnswer, parseNumberAnswer } from '@/lib/checks/grade';
import { gradingDayProblem } from '@/lib/checks/grading-day';
import { lessonCheckIds, resolveCheck } from '@/lib/checks/registry';
import { basisChanges, basisVersion } from '@/lib/checks/review';
import { answerCheckSchema, firstIssue, localAnswerSchema } from '@/lib/checks/schemas';
import { getCourses } from '@/lib/content';
import { catalog, modelForTier, pricesOn } from '@/lib/router/catalog';
import { costPicoUsd, picoToUsd } from '@/lib/router/cost';
import type { Catalog } from '@/lib/router/types';

const DAY = '2026-12-02';
const FLASH_THOUSAND = 'gemini-in-production/cost-routing/flash-thousand';

/** A copy of the catalog with the Flash tier's model's input price on `day` doubled. */
function withDoubledFlashInput(day: string): Catalog {
  const copy = structuredClone(catalog) as Catalog;
  const id = modelForTier(catalog, 'flash', day).id;
  const model = copy.models.find((m) => m.id === id)!;
  const period = pricesOn(model, day);
  period.input *= 2;
  return copy;
}

describe('every lesson has its checks, placed where the idea is taught', () => {
  const lessons = getCourses().flatMap((course) =>
    course.lessons.map((lesson) => ({ id: `${course.slug}/${lesson.slug}`, lesson, course })),
  );

  it.each(lessons.map((entry) => [entry.id, entry]))('%s', (_, { id, lesson }) => {
    const ids = lessonCheckIds(id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.length).toBeLessThanOrEqual(6);
    const source = fs.readFileSync(path.join('content/courses', lesson.file), 'utf8');
    const placed = [...source.matchAll(/<Check id="([^"]+)" \/>/g)].map((m) => m[1]);
    expect([...placed].sort()).toEqual([...ids].sort());
    for (const checkId of ids) {
      const check = resolveCheck(checkId, DAY)!;
      expect(check.question.length).toBeGreaterThan(10);
      expect(check.explanation.length).toBeGreaterThan(10);
      if (check.kind === 'choice')
        expect(check.choices!.map((choice) => choice.id)).toContain(check.answer);
      else expect(typeof check.answer).toBe('number');
    }
  });
});

describe('grading', () => {
  it('takes a choice by its id only', () => {
    const check = resolveCheck('gemini-in-production/gemini-adapter/billed-input', DAY)!;
    expect(isRightAnswer(check, 'rest')).toBe(true);
    expect(isRightAnswer(check, 'all')).toBe(false);
    expect(isRightAnswer(check, '2,000개')).toBe(false);
  });

  it('reads numbers as people type them', () => {
    expect(parseNumberAnswer('$2.63')).toBe(2.63);
    expect(parseNumberAnswer(' 2.625 USD')).toBe(2.625);
    expect(parseNumberAnswer('1,234.5')).toBe(1234.5);
    expect(parseNumberAnswer('0,45')).toBe(0.45);
    expect(parseNumberAnswer('30배')).toBe(30);
    expect(parseNumberAnswer('about 3')).toBeNull();
    expect(parseNumberAnswer('1e400')).toBeNull();
    expect(parseNumberAnswer('')).toBeNull();
  });

  it('accepts a number within 1 % of the exact one, so three significant digits pass', () => {
    const check = resolveCheck(FLASH_THOUSAND, DAY)!;
    const exact = check.answer as number;
    expect(isRightAnswer(check, String(exact))).toBe(true);
    expect(isRightAnswer(check, String(Number(exact.toPrecision(3))))).toBe(true);
    expect(isRightAnswer(check, String(exact * 1.02))).toBe(false);
    expect(isRightAnswer(check, String(exact / 1000))).toBe(false);
  });
});

describe('numeric answers come from the catalog', () => {
  it('prices 1,000 Flash requests with the Flash tier of the day', () => {
    const check = resolveCheck(FLASH_THOUSAND, DAY)!;
    const model = modelForTier(catalog, 'flash', DAY);
    const expected = picoToUsd(
      costPicoUsd(model, { inputTokens: 1_000_000, outputTokens: 500_000 }, { at: DAY }),
    );
    expect(check.answer).toBeCloseTo(expected, 12);
    expect(check.question).toContain(model.id);
    expect(check.basis['flash:model']).toBe(model.id);
  });

  it('a changed price changes the expected answer and asks for review', () => {
    const before = resolveCheck(FLASH_THOUSAND, DAY)!;
    const after = resolveCheck(FLASH_THOUSAND, DAY, withDoubledFlashInput(DAY))!;
    expect(after.answer).toBeGreaterThan(before.answer as number);
    expect(isRightAnswer(after, String(before.answer))).toBe(false);
    const changes = basisChanges(before.basis, after.basis);
    expect(changes).toEqual([
      {
        key: 'flash:input',
        before: before.basis['flash:input'],
        after: after.basis['flash:input'],
      },
    ]);
    expect(basisVersion(before.basis)).not.toBe(basisVersion(after.basis));
  });

  it('a check without catalog figures never needs review', () => {
    const id = 'gemini-in-production/cost-routing/tool-80k';
    const changed = resolveCheck(id, DAY, withDoubledFlashInput(DAY))!;
    expect(basisChanges(resolveCheck(id, DAY)!.basis, changed.basis)).toEqual([]);
  });

  it('follows a price scheduled in the catalog on its day', () => {
    const a = resolveCheck(FLASH_THOUSAND, '2026-12-31')!;
    const b = resolveCheck(FLASH_THOUSAND, '2027-01-01')!;
    // The catalog's Flash model changes its prices on 2027-01-01.
    expect(b.answer).not.toBe(a.answer);
    expect(basisChanges(a.basis, b.basis).map((change) => change.key)).toContain('flash:input');
    expect(basisVersion(a.basis)).not.toBe(basisVersion(b.basis));
  });
});

describe('what the browser sends is validated', () => {
  const good = { check: FLASH_THOUSAND, answer: '2.63', day: DAY };

  it('accepts a well-formed answer', () => {
    expect(answerCheckSchema.safeParse(good).success).toBe(true);
  });

  it.each([
    [{ ...good, check: '../../etc' }, 'check'],
    [{ ...good, check: 42 }, 'check'],
    [{ ...good, answer: '' }, 'answer'],
    [{ ...good, answer: 'x'.repeat(41) }, 'answer'],
    [{ ...good, day: '2026-02-30' }, 'day'],
    [{ ...good, xp: 1000 }, 'xp'],
  ])('refuses %j, naming %s', (input, field) => {
    const parsed = answerCheckSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(firstIssue(parsed.error).field).toBe(field);
  });

  it('refuses a visitor answer that claims more than a try count', () => {
    expect(localAnswerSchema.safeParse({ ...good, tries: 1 }).success).toBe(true);
    expect(localAnswerSchema.safeParse({ ...good, tries: 1, right: true }).success).toBe(false);
    expect(localAnswerSchema.safeParse({ ...good, tries: 0 }).success).toBe(false);
  });

  it('grades only on the day a page can show', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(gradingDayProblem('2026-12-02', now)).toBeNull();
    expect(gradingDayProblem('2026-11-01', now)).toBeNull();
    expect(gradingDayProblem('2026-12-05', now)).toMatch(/future/);
    expect(gradingDayProblem('2024-01-01', now)).toMatch(/long ago/);
  });
});
