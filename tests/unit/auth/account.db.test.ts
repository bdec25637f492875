import { afterAll, describe, expect, it } from 'vitest';
import { databaseForThisFile } from '../../support/test-database';

await databaseForThisFile();

const { db } = await import('@/lib/db');
const { deleteLearner } = await import('@/lib/auth/account');

const LESSON = 'gemini-in-production/cost-routing';

afterAll(async () => {
  await db.$disconnect();
});

describe('deleteLearner', () => {
  it('removes the learner, their sessions and progress, and empties their comments while replies stay', async () => {
    const leaving = await db.user.create({ data: { email: 'leaving@example.com' } });
    const staying = await db.user.create({ data: { email: 'staying@example.com' } });
    await db.session.create({
      data: {
        userId: leaving.id,
        sessionToken: 'token-leaving',
        expires: new Date(Date.now() + 60_000),
      },
    });
    await db.progressEvent.create({
      data: { userId: leaving.id, kind: 'lesson-completed', subject: LESSON, xp: 40 },
    });
    const question = await db.comment.create({
      data: { lessonId: LESSON, authorId: leaving.id, body: 'my question' },
    });
    const reply = await db.comment.create({
      data: { lessonId: LESSON, authorId: staying.id, parentId: question.id, body: 'an answer' },
    });

    await deleteLearner(db, leaving.id);

    expect(await db.user.findUnique({ where: { id: leaving.id } })).toBeNull();
    expect(await db.session.count({ where: { userId: leaving.id } })).toBe(0);
    expect(await db.progressEvent.count({ where: { userId: leaving.id } })).toBe(0);
    const placeholder = await db.comment.findUniqueOrThrow({ where: { id: question.id } });
    expect(placeholder).toMatchObject({ body: '', authorId: null });
    expect(placeholder.deletedAt).not.toBeNull();
    expect(await db.comment.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({
      body: 'an answer',
      authorId: staying.id,
    });
  });
});
