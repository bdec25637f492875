'use server';

import { currentUser, signOut } from '@/lib/auth';
import type { ProgressEvent } from '@/lib/progress/rewards';
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
  return recordEvent(user.id, { kind: event.kind, subject: event.subject });
}

export type MergeResult =
  | { ok: true; merged: number; alreadyThere: number; skipped: { index: number; reason: string }[] }
  | { ok: false; error: string };

/** Moves this browser's local progress into the account, once and idempotently. */
export async function mergeProgressAction(events: unknown): Promise<MergeResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'sign-in required' };
  const result = await mergeLocalProgress(user.id, events);
  if (!result.ok) return result;
  return {
    ok: true,
    merged: result.merged,
    alreadyThere: result.plan.alreadyThere,
    skipped: result.plan.skipped,
  };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
