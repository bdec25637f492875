'use server';

import { currentUser, signOut } from '@/lib/auth';
import { mergeLocalAnswers } from '@/lib/checks/server';
import { mergeVisitorRouter } from '@/lib/playground/router-lab.server';
import { browserClaimRefusal } from '@/lib/progress/merge';
import { isProgressEventKind, type ProgressEvent } from '@/lib/progress/rewards';
import { mergeLocalProgress, recordEvent } from '@/lib/progress/server';

export type RecordResult = { ok: true; added: boolean } | { ok: false; error: string };

/** Records a progress event for the signed-in learner (visitors keep theirs in the browser). */
export async function recordProgressAction(event: ProgressEvent): Promise<RecordResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'sign-in required' };
  if (
    typeof event !== 'object' ||
    event === null ||
    typeof event.kind !== 'string' ||
    typeof event.subject !== 'string'
  ) {
    return { ok: false, error: 'event must have a kind and a subject' };
  }
  if (!isProgressEventKind(event.kind)) return { ok: false, error: 'unknown kind' };
  const refusal = browserClaimRefusal({ kind: event.kind, subject: event.subject });
  if (refusal) return { ok: false, error: refusal };
  return recordEvent(user.id, { kind: event.kind, subject: event.subject });
}

export type MergeResult =
  | {
      ok: true;
      merged: number;
      alreadyThere: number;
      skipped: { index: number; reason: string }[];
      /** Checks passed by the visitor's answers, graded again here. */
      checksPassed: number;
      /** Whether this browser's router-lab router joined the account. */
      routerMerged: boolean;
    }
  | { ok: false; error: string };

/**
 * Moves this browser's local progress into the account, once and
 * idempotently: its events; its answers to checks, which are graded again
 * (what they earn is derived, never taken from the browser); and its
 * router-lab router (the raw stored string), scored again when there is one.
 */
export async function mergeProgressAction(
  events: unknown,
  checkAnswers?: unknown,
  visitorRouter?: unknown,
): Promise<MergeResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'sign-in required' };
  const result = await mergeLocalProgress(user.id, events);
  if (!result.ok) return result;
  const answers = await mergeLocalAnswers(user.id, checkAnswers);
  if (!answers.ok) return answers;
  const router =
    visitorRouter === undefined || visitorRouter === null
      ? { merged: false, xpAwarded: false }
      : await mergeVisitorRouter(user.id, visitorRouter);
  return {
    ok: true,
    // A visitor router that passes the hidden round brings its event along.
    merged: result.merged + answers.passed + (router.xpAwarded ? 1 : 0),
    alreadyThere: result.plan.alreadyThere,
    skipped: result.plan.skipped,
    checksPassed: answers.passed,
    routerMerged: router.merged,
  };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
