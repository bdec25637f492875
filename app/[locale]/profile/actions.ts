'use server';

import { currentUser, signOut } from '@/lib/auth';
import { deleteLearner } from '@/lib/auth/account';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/lib/db';

export type DeleteState = { status: 'idle' } | { status: 'needs-confirm' };

/** Deletes the signed-in learner once they confirm (see deleteLearner). */
export async function deleteAccountAction(
  _previous: DeleteState,
  form: FormData,
): Promise<DeleteState> {
  const user = await currentUser();
  if (!user) return { status: 'idle' };
  if (form.get('confirm') !== 'yes') return { status: 'needs-confirm' };
  // End the session first (it clears the cookie), then delete what is left.
  await signOut({ redirect: false });
  await deleteLearner(db, user.id);
  redirect('/');
}

export type NameState = { status: 'idle' | 'saved' } | { status: 'invalid'; name: string };

// Letters, digits, spaces and simple punctuation; no control characters or markup.
const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N} ._'-]+$/u);

/** The name shown next to the learner's comments (never their e-mail address). */
export async function updateNameAction(_previous: NameState, form: FormData): Promise<NameState> {
  const user = await currentUser();
  if (!user) return { status: 'idle' };
  const raw = form.get('name');
  const parsed = nameSchema.safeParse(typeof raw === 'string' ? raw : '');
  if (!parsed.success) return { status: 'invalid', name: typeof raw === 'string' ? raw : '' };
  await db.user.update({ where: { id: user.id }, data: { name: parsed.data } });
  revalidatePath('/[locale]/profile', 'page');
  return { status: 'saved' };
}
