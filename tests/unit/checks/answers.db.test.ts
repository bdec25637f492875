import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonCheckIds, resolveCheck } from '@/lib/checks/registry';
import { dayOf } from '@/lib/router/catalog';
import { databaseForThisFile } from '../../support/test-database';

// A real database of this project's engine, migrated and seeded as the app does it.
await databaseForThisFile();

let checks: typeof import('@/lib/checks/server');
let stats: typeof import('@/lib/checks/stats');
let progress: typeof import('@/lib/progress/server');
let db: typeof import('@/lib/db').db;

const LESSON = 'gemini-in-production/cost-routing';
const DAY = dayOf();
/** The right answer to a check on the page's day, as a learner would type it. */
const right = (id: string) => String(resolveCheck(id, DAY)!.answer);
const wrong = (id: string) => (resolveCheck(id, DAY)!.kind === 'choice' ? 'nope' : '123456');

let ipCounter = 0;
const caller = (userId?: string) => ({ userId, ip: `10.0.0.${++ipCounter}` });

async function newLearner(tag: string) {
  return (await db.user.create({ data: { email: `${tag}-${Math.random()}@example.com` } })).id;
}

beforeAll(async () => {
  checks = await import('@/lib/checks/server');
  stats = await import('@/lib/checks/stats');
  progress = await import('@/lib/progress/server');
  db = (await import('@/lib/db')).db;
});

afterAll(async () => {
  await db.$disconnect();
});

describe('answerCheck', () => {
  it('explains a wrong answer and awards nothing', async () => {
    const userId = await newLearner('wrong');
    const [id] = lessonCheckIds(LESSON) as [string];
    const outcome = await checks.answerCheck(
      { check: id, answer: wrong(id), day: DAY },
      caller(userId),
    );
    expect(outcome).toMatchObject({ ok: true, correct: false, xp: 0 });
    expect(outcome.ok && outcome.explanation.length).toBeGreaterThan(10);
    expect((await progress.loadProgress(userId)).summary.xp).toBe(0);
  });

  it('gives XP once for a right answer even when ten requests race', async () => {
    const userId = await newLearner('race');
    const [id] = lessonCheckIds(LESSON) as [string];
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () =>
        checks.answerCheck({ check: id, answer: right(id), day: DAY }, caller(userId)),
      ),
    );
    expect(outcomes.every((outcome) => outcome.ok && outcome.correct)).toBe(true);
    expect(outcomes.reduce((sum, outcome) => sum + (outcome.ok ? outcome.xp : 0), 0)).toBe(10);
    expect(await db.progressEvent.count({ where: { userId, kind: 'check-passed' } })).toBe(1);
    const row = await db.checkAnswer.findUniqueOrThrow({
      where: { userId_checkId: { userId, checkId: id } },
    });
    expect(row.attempts).toBe(10);
    expect(row.passedAt).not.toBeNull();
  });

  it('completes the lesson when its last check is passed, and not before', async () => {
    const userId = await newLearner('complete');
    const ids = lessonCheckIds(LESSON);
    for (const [i, id] of ids.entries()) {
      const outcome = await checks.answerCheck(
        { check: id, answer: right(id), day: DAY },
        caller(userId),
      );
      expect(outcome).toMatchObject({
        ok: true,
        correct: true,
        lessonCompleted: i === ids.length - 1,
      });
    }
    const { summary } = await progress.loadProgress(userId);
    expect(summary.lessonsDone).toBe(1);
    expect(summary.xp).toBe(ids.length * 10 + 70);
  });

  it('names the field of a check or day it cannot grade, and limits how often one can answer', async () => {
    const id = lessonCheckIds(LESSON)[0]!;
    expect(
      await checks.answerCheck({ check: `${LESSON}/nope`, answer: 'x', day: DAY }, caller()),
    ).toMatchObject({ ok: false, status: 404, field: 'check' });
    expect(
      await checks.answerCheck({ check: id, answer: 'x', day: '2099-01-01' }, caller()),
    ).toMatchObject({ ok: false, status: 400, field: 'day' });
    const one = { userId: undefined, ip: '10.9.9.9' };
    const outcomes = [];
    for (let i = 0; i <= checks.ANSWER_LIMIT.limit; i++)
      outcomes.push(await checks.answerCheck({ check: id, answer: 'x', day: DAY }, one));
    expect(outcomes.at(-2)).toMatchObject({ ok: true });
    expect(outcomes.at(-1)).toMatchObject({ ok: false, status: 429 });
  });

  it('asks for review when the figures a passed check rests on change, and pays review once', async () => {
    const userId = await newLearner('review');
    const id = `${LESSON}/flash-thousand`;
    await checks.answerCheck({ check: id, answer: right(id), day: DAY }, caller(userId));
    expect(await checks.reviewsFor(userId)).toEqual([]);
    // The price the learner was graded on is not today's: as if the catalog moved since.
    const stored = resolveCheck(id, DAY)!.basis;
    await db.checkAnswer.update({
      where: { userId_checkId: { userId, checkId: id } },
      data: { basis: JSON.stringify({ ...stored, 'flash:input': '$0.01' }) },
    });
    const reviews = await checks.reviewsFor(userId);
    expect(reviews).toEqual([
      {
        check: id,
        lessonId: LESSON,
        changes: [{ key: 'flash:input', before: '$0.01', after: stored['flash:input'] }],
      },
    ]);
    const first = await checks.answerCheck(
      { check: id, answer: right(id), day: DAY },
      caller(userId),
    );
    expect(first).toMatchObject({ ok: true, correct: true, reviewed: true, xp: 5 });
    expect(await checks.reviewsFor(userId)).toEqual([]);
    const again = await checks.answerCheck(
      { check: id, answer: right(id), day: DAY },
      caller(userId),
    );
    expect(again).toMatchObject({ ok: true, correct: true, reviewed: false, xp: 0 });
  });
});

describe('mergeLocalAnswers', () => {
  it('grades a visitor’s answers again at sign-in, once, and completes the lessons they pass', async () => {
    const userId = await newLearner('merge');
    const ids = lessonCheckIds(LESSON);
    const local = [
      ...ids.map((id) => ({ check: id, answer: right(id), day: DAY, tries: 1 })),
      // Claimed right in the browser, but it is not: graded here, it earns nothing.
      {
        check: lessonCheckIds('gemini-in-production/gemini-adapter')[0]!,
        answer: 'all',
        day: DAY,
        tries: 1,
      },
      { check: 'nope/nope/nope', answer: 'x', day: DAY, tries: 1 },
      { check: ids[0]!, answer: right(ids[0]!), day: DAY, tries: 1, xp: 999 },
    ];
    const before = (await stats.checkStats()).get(ids[0]!) ?? { tried: 0, firstTryRight: 0 };
    const first = await checks.mergeLocalAnswers(userId, local);
    expect(first).toEqual({ ok: true, passed: ids.length, skipped: 2 });
    const second = await checks.mergeLocalAnswers(userId, local);
    expect(second).toMatchObject({ ok: true, passed: 0 });
    const { summary } = await progress.loadProgress(userId);
    expect(summary).toMatchObject({ lessonsDone: 1, xp: ids.length * 10 + 70 });
    // The merged first try counts for authors like one made signed in.
    expect((await stats.checkStats()).get(ids[0]!)).toMatchObject({
      tried: before.tried + 1,
      firstTryRight: before.firstTryRight + 1,
    });
  });

  it('refuses a list that is not one, or too long', async () => {
    const userId = await newLearner('bad-merge');
    expect(await checks.mergeLocalAnswers(userId, 'x')).toMatchObject({ ok: false });
    expect(
      await checks.mergeLocalAnswers(
        userId,
        Array.from({ length: 201 }, () => ({})),
      ),
    ).toMatchObject({
      ok: false,
    });
  });
});
