import 'server-only';
import { db } from '@/lib/db';
import { createUnlessExists } from '@/lib/db/unique';
import { eventKey, isProgressEventKind, XP_PER_EVENT, type ProgressEvent } from './rewards';
import { planMerge, subjectProblem, type MergePlan } from './merge';
import { summarizeProgress, type ProgressSummary, type StoredEvent } from './summary';

async function publishedLessonIds(): Promise<Set<string>> {
  const lessons = await db.lesson.findMany({
    where: { status: 'published' },
    select: { id: true },
  });
  return new Set(lessons.map((lesson) => lesson.id));
}

export interface AccountProgress {
  events: StoredEvent[];
  summary: ProgressSummary;
}

/** A learner's events, newest first, and what they add up to. */
export async function loadProgress(userId: string): Promise<AccountProgress> {
  const [rows, published] = await Promise.all([
    db.progressEvent.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } }),
    publishedLessonIds(),
  ]);
  const events: StoredEvent[] = rows.map((row) => ({
    kind: row.kind as ProgressEvent['kind'],
    subject: row.subject,
    xp: row.xp,
    createdAt: row.createdAt.toISOString(),
  }));
  return { events, summary: summarizeProgress(events, published.size) };
}

/** Inserts an event once; a second insert of the same event is refused by the unique key and ignored. */
async function insertOnce(
  userId: string,
  event: ProgressEvent,
  source: 'server' | 'merge',
): Promise<boolean> {
  return createUnlessExists(() =>
    db.progressEvent.create({
      data: {
        userId,
        kind: event.kind,
        subject: event.subject,
        xp: XP_PER_EVENT[event.kind],
        source,
      },
    }),
  );
}

/**
 * Records one event the server can check: the kind is known and the subject
 * exists (a published lesson, or the playground). XP comes from the kind,
 * never from the caller.
 */
export async function recordEvent(
  userId: string,
  event: ProgressEvent,
): Promise<{ ok: true; added: boolean } | { ok: false; error: string }> {
  if (!isProgressEventKind(event.kind)) return { ok: false, error: 'unknown kind' };
  const problem = subjectProblem(event.kind, event.subject, await publishedLessonIds());
  if (problem) return { ok: false, error: problem };
  return { ok: true, added: await insertOnce(userId, event, 'server') };
}

/** Moves a browser's local progress into the account: union of events, idempotent. */
export async function mergeLocalProgress(
  userId: string,
  input: unknown,
): Promise<{ ok: true; merged: number; plan: MergePlan } | { ok: false; error: string }> {
  const [published, existing] = await Promise.all([
    publishedLessonIds(),
    db.progressEvent.findMany({ where: { userId }, select: { kind: true, subject: true } }),
  ]);
  const planned = planMerge(input, {
    publishedLessonIds: published,
    existingKeys: new Set(existing.map((event) => eventKey(event as ProgressEvent))),
  });
  if (!planned.ok) return planned;
  let merged = 0;
  for (const event of planned.plan.accepted) if (await insertOnce(userId, event, 'merge')) merged++;
  return { ok: true, merged, plan: planned.plan };
}
