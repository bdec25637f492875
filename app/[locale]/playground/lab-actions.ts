'use server';

import { headers } from 'next/headers';
import { currentUser } from '@/lib/auth';
import {
  loadSavedRouter,
  saveRouter,
  submitHiddenRound,
  type SubmitResult,
} from '@/lib/playground/router-lab.server';
import { clientIp } from '@/lib/request-ip';
import type { LabRouter } from '@/lib/router/lab/schema';

/** The hidden round: the server scores the rules itself; only the router of the submission is read. */
export async function submitHiddenRoundAction(submission: unknown): Promise<SubmitResult> {
  const user = await currentUser();
  return submitHiddenRound(submission, { userId: user?.id, ip: clientIp(await headers()) });
}

/** The signed-in learner's saved router (null when none, or for visitors, who keep theirs in the browser). */
export async function loadRouterAction(): Promise<{ signedIn: boolean; router: LabRouter | null }> {
  const user = await currentUser();
  if (!user) return { signedIn: false, router: null };
  return { signedIn: true, router: await loadSavedRouter(user.id) };
}

export type SaveRouterResult = { ok: true } | { ok: false; field: string; message: string };

/** Keeps the signed-in learner's router in the account. */
export async function saveRouterAction(router: unknown): Promise<SaveRouterResult> {
  const user = await currentUser();
  if (!user) return { ok: false, field: 'user', message: 'sign-in required' };
  const saved = await saveRouter(user.id, router);
  return saved.ok ? saved : { ok: false, ...saved.error };
}
