'use server';

import { currentUser, signOut } from '@/lib/auth';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';

export type DeleteState = { status: 'idle' } | { status: 'needs-confirm' };

/** Deletes the learner and, by cascade, their sessions, linked accounts and progress. */
export async function deleteAccountAction(_previous: DeleteState, form: FormData): Promise<DeleteState> {
  const user = await currentUser();
  if (!user) return { status: 'idle' };
  if (form.get('confirm') !== 'yes') return { status: 'needs-confirm' };
  // End the session first (it clears the cookie), then delete what is left.
  await signOut({ redirect: false });
  // Comments lose their text with the account; the placeholders keep others' replies in place.
  await db.$transaction([
    db.comment.updateMany({ where: { authorId: user.id }, data: { body: '', deletedAt: new Date() } }),
    db.user.delete({ where: { id: user.id } }),
  ]);
  redirect('/');
}
