'use server';

import { currentUser, signOut } from '@/lib/auth';
import { SERVER_SCORED_KINDS, type ProgressEvent } from '@/lib/progress/rewards';
import { mergeVisitorRouter } from '@/lib/playground/router-lab.server';
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
  // XP for results: these the server records itself, after scoring the work.
  if (SERVER_SCORED_KINDS.has(event.kind as ProgressEvent['kind']))
    return { ok: false, error: `${event.kind} is recorded by the server only` };
  return recordEvent(user.id, { kind: event.kind, subject: event.subject });
}

export type MergeResult =
  | {
      ok: true;
      merged: number;
      alreadyThere: number;
      skipped: { index: number; reason: string }[];
      /** Whether this browser's router-lab router joined the account. */
      routerMerged: boolean;
    }
  | { ok: false; error: string };

/**
 * Moves this browser's local progress into the account, once and
 * idempotently, with the visitor's router-lab router (its raw stored string)
 * when there is one.
 */
export async function mergeProgressAction(
  events: unknown,
  visitorRouter?: unknown,
): Promise<MergeResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'sign-in required' };
  const result = await mergeLocalProgress(user.id, events);
  if (!result.ok) return result;
  const router =
    visitorRouter === undefined || visitorRouter === null
      ? { merged: false, xpAwarded: false }
      : await mergeVisitorRouter(user.id, visitorRouter);
  return {
    ok: true,
    // A visitor router that passes the hidden round brings its event along.
    merged: result.merged + (router.xpAwarded ? 1 : 0),
    alreadyThere: result.plan.alreadyThere,
    skipped: result.plan.skipped,
    routerMerged: router.merged,
  };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
