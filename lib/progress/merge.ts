import { isCheckId, lessonCheckIds } from '@/lib/checks/registry';
import {
  SERVER_SCORED_KINDS,
  eventKey,
  isProgressEventKind,
  type ProgressEvent,
  type ProgressEventKind,
} from './rewards';

/** Most entries a browser can hand over at once; more is not progress, it is an attack. */
export const MAX_MERGE_ENTRIES = 500;

export interface SkippedEntry {
  index: number;
  reason: string;
}

export interface MergePlan {
  /** Valid, new events to store. */
  accepted: ProgressEvent[];
  /** Valid events the account already had (merging twice changes nothing). */
  alreadyThere: number;
  /**
   * Events the browser may not hand over because the server derives them
   * from answers it grades itself (passed checks, reviews, completing a
   * lesson that has checks): left out, and earned again from the answers.
   */
  derived: number;
  skipped: SkippedEntry[];
}

const PLAYGROUND_KINDS: ReadonlySet<ProgressEventKind> = new Set([
  'playground-first-run',
  'playground-exercise',
  'router-lab-passed',
]);

/** The lesson of a check id ("<course>/<lesson>/<check>" -> "<course>/<lesson>"). */
function lessonOfCheck(checkId: string): string {
  return checkId.split('/').slice(0, 2).join('/');
}

/**
 * Whether an event can only come from answers the server graded: passing or
 * reviewing a check, and completing a lesson that has checks. Neither the
 * browser's "mark complete" nor a merge may claim one.
 */
export function earnedByChecks(event: ProgressEvent): boolean {
  if (event.kind === 'check-passed' || event.kind === 'check-reviewed') return true;
  return event.kind === 'lesson-completed' && lessonCheckIds(event.subject).length > 0;
}

/**
 * Why the browser may not claim an event, or null when it may: some kinds
 * only the server records after scoring the work (SERVER_SCORED_KINDS), and
 * what checks earn comes from graded answers (earnedByChecks).
 */
export function browserClaimRefusal(event: ProgressEvent): string | null {
  if (SERVER_SCORED_KINDS.has(event.kind)) return `${event.kind} is recorded by the server only`;
  if (earnedByChecks(event)) return 'earned by answering the checks';
  return null;
}

/**
 * Checks a subject against what the server knows exists: a published lesson
 * for lesson events, "playground" for playground events, a check of a
 * published lesson for check events (a review names the figures after "@").
 */
export function subjectProblem(
  kind: ProgressEventKind,
  subject: string,
  publishedLessonIds: ReadonlySet<string>,
): string | null {
  if (PLAYGROUND_KINDS.has(kind))
    return subject === 'playground' ? null : `subject of ${kind} must be "playground"`;
  if (kind === 'check-passed' || kind === 'check-reviewed') {
    const [checkId = '', version, ...rest] = subject.split('@');
    const shapeOk =
      kind === 'check-passed'
        ? version === undefined
        : version !== undefined && /^[a-z0-9]{1,16}$/.test(version) && rest.length === 0;
    if (!shapeOk || !isCheckId(checkId)) return `"${subject.slice(0, 80)}" is not a check`;
    return publishedLessonIds.has(lessonOfCheck(checkId))
      ? null
      : `"${subject.slice(0, 80)}" is not a check of a published lesson`;
  }
  return publishedLessonIds.has(subject)
    ? null
    : `"${subject.slice(0, 80)}" is not a published lesson`;
}

/**
 * Decides what of a browser's local progress joins the account. The browser
 * is not trusted: only a kind and a subject are read, anything else (an XP
 * figure, a date) marks the entry as tampered, and each entry is checked
 * against what the server knows. Duplicates inside the input or already on
 * the account count once.
 */
export function planMerge(
  input: unknown,
  {
    publishedLessonIds,
    existingKeys,
  }: { publishedLessonIds: ReadonlySet<string>; existingKeys: ReadonlySet<string> },
): { ok: true; plan: MergePlan } | { ok: false; error: string } {
  if (!Array.isArray(input)) return { ok: false, error: 'events must be an array' };
  if (input.length > MAX_MERGE_ENTRIES)
    return { ok: false, error: `at most ${MAX_MERGE_ENTRIES} events can be merged at once` };
  const accepted: ProgressEvent[] = [];
  const skipped: SkippedEntry[] = [];
  const seen = new Set(existingKeys);
  let alreadyThere = 0;
  let derived = 0;
  input.forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      skipped.push({ index, reason: 'not an object' });
      return;
    }
    const extra = Object.keys(entry).filter((key) => key !== 'kind' && key !== 'subject');
    if (extra.length > 0) {
      skipped.push({
        index,
        reason: `unexpected field ${extra.map((key) => `"${key.slice(0, 40)}"`).join(', ')}`,
      });
      return;
    }
    const { kind, subject } = entry as { kind?: unknown; subject?: unknown };
    if (!isProgressEventKind(kind)) {
      skipped.push({ index, reason: 'unknown kind' });
      return;
    }
    if (SERVER_SCORED_KINDS.has(kind)) {
      skipped.push({ index, reason: `${kind} is recorded by the server only` });
      return;
    }
    if (typeof subject !== 'string') {
      skipped.push({ index, reason: 'subject must be a string' });
      return;
    }
    const event: ProgressEvent = { kind, subject };
    const problem = subjectProblem(event.kind, subject, publishedLessonIds);
    if (problem) {
      skipped.push({ index, reason: problem });
      return;
    }
    if (earnedByChecks(event)) {
      derived++;
      return;
    }
    const key = eventKey(event);
    if (seen.has(key)) {
      alreadyThere++;
      return;
    }
    seen.add(key);
    accepted.push(event);
  });
  return { ok: true, plan: { accepted, alreadyThere, derived, skipped } };
}
