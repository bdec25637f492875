import 'server-only';
import { db } from '@/lib/db';
import { createUnlessExists } from '@/lib/db/unique';
import { hitRateLimit, learnerOrAddressKey } from '@/lib/limits/rate-limit';
import { recordEvent } from '@/lib/progress/server';
import type { ProgressEvent } from '@/lib/progress/rewards';
import { XP_PER_EVENT } from '@/lib/progress/rewards';
import { dayOf } from '@/lib/router/catalog';
import { isRightAnswer } from './grade';
import { gradingDayProblem } from './grading-day';
import { lessonCheckIds, resolveCheck } from './registry';
import { basisChanges, basisVersion, parseBasis, type CheckReview } from './review';
import { localAnswerSchema, localAnswersSchema, type AnswerCheckInput } from './schemas';
import type { ResolvedCheck } from './types';

/** Answers per caller per window: plenty for reading and retrying, too few to brute-force numbers. */
export const ANSWER_LIMIT = { limit: 60, windowMs: 10 * 60_000 };

export type AnswerOutcome =
  | {
      ok: true;
      correct: boolean;
      explanation: string;
      /** XP this answer earned (0 when it was already earned or wrong). */
      xp: number;
      /** True when this right answer reviewed changed figures. */
      reviewed: boolean;
      lessonCompleted: boolean;
    }
  | { ok: false; status: 400 | 404 | 429; field?: string; error: string; resetAt?: string };

async function publishedLesson(lessonId: string): Promise<boolean> {
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { status: true } });
  return lesson?.status === 'published';
}

/** A check as resolved on the catalog day it is graded on. */
interface Graded {
  check: ResolvedCheck;
  day: string;
}

/** Records an event through the progress module (one row per kind and subject); XP when it was new. */
async function award(userId: string, event: ProgressEvent): Promise<number> {
  const result = await recordEvent(userId, event);
  return result.ok && result.added ? XP_PER_EVENT[event.kind] : 0;
}

/** A lesson is completed when every one of its checks is passed: then, once, its completion event. */
async function completeIfAllPassed(userId: string, lessonId: string): Promise<boolean> {
  const ids = lessonCheckIds(lessonId);
  const passed = await db.progressEvent.count({
    where: { userId, kind: 'check-passed', subject: { in: ids } },
  });
  if (passed < ids.length) return false;
  await award(userId, { kind: 'lesson-completed', subject: lessonId });
  return true;
}

/**
 * Stores one graded answer of a signed-in learner and earns what it earns:
 * the first right answer passes the check (XP once, however many tabs or
 * servers race), a right answer on changed figures is a review (XP once per
 * change), and the last check passed completes the lesson.
 */
async function storeAnswer(
  userId: string,
  { check, day: gradedOn }: Graded,
  correct: boolean,
  tries = 1,
): Promise<{ xp: number; reviewed: boolean }> {
  const basis = JSON.stringify(check.basis);
  const day = correct ? gradedOn : null;
  const passedNow = correct ? new Date() : null;
  const created = await createUnlessExists(() =>
    db.checkAnswer.create({
      data: {
        userId,
        checkId: check.id,
        lessonId: check.lessonId,
        attempts: tries,
        firstTryCorrect: correct && tries === 1,
        passedAt: passedNow,
        basis: correct ? basis : null,
        basisDay: day,
      },
    }),
  );
  let reviewed = false;
  let xp = 0;
  if (!created) {
    const row = await db.checkAnswer.update({
      where: { userId_checkId: { userId, checkId: check.id } },
      data: { attempts: { increment: tries } },
    });
    if (correct && row.passedAt === null) {
      await db.checkAnswer.updateMany({
        where: { id: row.id, passedAt: null },
        data: { passedAt: passedNow, basis, basisDay: day },
      });
    } else if (correct && basisVersion(parseBasis(row.basis)) !== basisVersion(check.basis)) {
      reviewed = true;
      xp += await award(userId, {
        kind: 'check-reviewed',
        subject: `${check.id}@${basisVersion(check.basis)}`,
      });
      await db.checkAnswer.update({ where: { id: row.id }, data: { basis, basisDay: day } });
    }
  }
  if (correct) xp += await award(userId, { kind: 'check-passed', subject: check.id });
  return { xp, reviewed };
}

/** Resolves a check on a day the grader accepts, or says which field is wrong. */
function gradeOn(
  checkId: string,
  day: string,
  now: Date,
): ({ ok: true } & Graded) | { ok: false; status: 400 | 404; field: string; error: string } {
  const dayProblem = gradingDayProblem(day, now);
  if (dayProblem) return { ok: false, status: 400, field: 'day', error: dayProblem };
  let check: ResolvedCheck | undefined;
  try {
    check = resolveCheck(checkId, day);
  } catch {
    return {
      ok: false,
      status: 400,
      field: 'day',
      error: 'the catalog has no figures for that day',
    };
  }
  if (!check) return { ok: false, status: 404, field: 'check', error: 'no such check' };
  return { ok: true, check, day };
}

/**
 * Grades one answer on the server, for a learner or a visitor (whose answer
 * the browser keeps until sign-in). Rate-limited per learner, or per address
 * for visitors. The browser learns whether it was right and why, never the
 * right answer before it has tried.
 */
export async function answerCheck(
  input: AnswerCheckInput,
  { userId, ip, now = new Date() }: { userId?: string; ip: string; now?: Date },
): Promise<AnswerOutcome> {
  const limit = await hitRateLimit(db, {
    key: learnerOrAddressKey('check-answer', { userId, ip }),
    ...ANSWER_LIMIT,
    now,
  });
  if (!limit.ok)
    return {
      ok: false,
      status: 429,
      error: 'too many answers; try again later',
      resetAt: limit.resetAt.toISOString(),
    };
  const graded = gradeOn(input.check, input.day, now);
  if (!graded.ok) return graded;
  const { check } = graded;
  if (!(await publishedLesson(check.lessonId)))
    return { ok: false, status: 404, field: 'check', error: 'no such check' };
  const correct = isRightAnswer(check, input.answer);
  let xp = 0;
  let reviewed = false;
  let lessonCompleted = false;
  if (userId) {
    ({ xp, reviewed } = await storeAnswer(userId, graded, correct));
    if (correct) lessonCompleted = await completeIfAllPassed(userId, check.lessonId);
  }
  return { ok: true, correct, explanation: check.explanation, xp, reviewed, lessonCompleted };
}

/**
 * Moves a visitor's answers into the account at sign-in: each is graded
 * again here (the browser's word that it was right counts for nothing), so
 * passed checks, their XP and completed lessons are earned exactly as if
 * answered signed in. Idempotent: merging twice changes nothing.
 */
export async function mergeLocalAnswers(
  userId: string,
  input: unknown,
): Promise<{ ok: true; passed: number; skipped: number } | { ok: false; error: string }> {
  if (input === undefined) return { ok: true, passed: 0, skipped: 0 };
  const list = localAnswersSchema.safeParse(input);
  if (!list.success) return { ok: false, error: list.error.issues[0]?.message ?? 'bad answers' };
  let passed = 0;
  let skipped = 0;
  const lessons = new Set<string>();
  const published = new Set<string>();
  for (const entry of list.data) {
    const parsed = localAnswerSchema.safeParse(entry);
    const graded = parsed.success ? gradeOn(parsed.data.check, parsed.data.day, new Date()) : null;
    if (!parsed.success || !graded?.ok) {
      skipped++;
      continue;
    }
    const { check } = graded;
    if (!published.has(check.lessonId)) {
      if (!(await publishedLesson(check.lessonId))) {
        skipped++;
        continue;
      }
      published.add(check.lessonId);
    }
    const already = await db.checkAnswer.findUnique({
      where: { userId_checkId: { userId, checkId: check.id } },
    });
    // A check the account has already passed stays as it is: merging twice adds nothing.
    if (already?.passedAt) continue;
    const correct = isRightAnswer(check, parsed.data.answer);
    await storeAnswer(userId, graded, correct, parsed.data.tries);
    if (correct) {
      passed++;
      lessons.add(check.lessonId);
    }
  }
  for (const lessonId of lessons) await completeIfAllPassed(userId, lessonId);
  return { ok: true, passed, skipped };
}

/**
 * A check on today's catalog, or undefined when it cannot be resolved (an
 * unknown id, or a catalog without a model for a tier today): progress and
 * reviews must still load, so this never throws.
 */
function resolveToday(checkId: string, today: string): ResolvedCheck | undefined {
  try {
    return resolveCheck(checkId, today);
  } catch {
    return undefined;
  }
}

/** Passed checks whose catalog figures are not today's: what the learner should review, and why. */
export async function reviewsFor(userId: string, now: Date = new Date()): Promise<CheckReview[]> {
  const rows = await db.checkAnswer.findMany({
    where: { userId, passedAt: { not: null } },
    select: { checkId: true, lessonId: true, basis: true },
  });
  const today = dayOf(now);
  const reviews: CheckReview[] = [];
  for (const row of rows) {
    const current = resolveToday(row.checkId, today);
    if (!current) continue;
    const changes = basisChanges(parseBasis(row.basis), current.basis);
    if (changes.length > 0) reviews.push({ check: row.checkId, lessonId: row.lessonId, changes });
  }
  return reviews;
}

/** What a check reads like today, without its answer: a review shows today's figures. */
export function publicCheck(checkId: string, now: Date = new Date()) {
  const day = dayOf(now);
  const check = resolveToday(checkId, day);
  if (!check) return null;
  return {
    id: check.id,
    day,
    kind: check.kind,
    question: check.question,
    choices: check.choices ?? null,
    unit: check.unit ?? null,
  };
}
