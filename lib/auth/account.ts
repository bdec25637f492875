import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Deletes a learner and, by cascade, their sessions, linked accounts and
 * progress. Their comments lose their text but stay as placeholders, so
 * others' replies keep their place.
 */
export async function deleteLearner(db: PrismaClient, userId: string): Promise<void> {
  await db.$transaction([
    db.comment.updateMany({
      where: { authorId: userId },
      data: { body: '', deletedAt: new Date() },
    }),
    db.user.delete({ where: { id: userId } }),
  ]);
}
