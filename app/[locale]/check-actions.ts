'use server';

import { headers } from 'next/headers';
import { currentUser } from '@/lib/auth';
import { answerCheckSchema, firstIssue } from '@/lib/checks/schemas';
import { answerCheck, publicCheck, type AnswerOutcome } from '@/lib/checks/server';
import { clientIp } from '@/lib/request-ip';

export type AnswerCheckResult = AnswerOutcome;

/**
 * Grades an answer to a check for understanding. Everything the browser
 * sends is validated (a bad field is named, never a 500); XP comes only from
 * what the server grades, for signed-in learners.
 */
export async function answerCheckAction(input: unknown): Promise<AnswerCheckResult> {
  const parsed = answerCheckSchema.safeParse(input);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return { ok: false, status: 400, field, error: message };
  }
  const user = await currentUser();
  return answerCheck(parsed.data, { userId: user?.id, ip: clientIp(await headers()) });
}

export type CurrentCheck = NonNullable<ReturnType<typeof publicCheck>>;

/** A check as it reads with today's catalog (no answer): what a review asks. */
export async function currentCheckAction(check: unknown): Promise<CurrentCheck | null> {
  if (typeof check !== 'string' || check.length > 250) return null;
  return publicCheck(check);
}
