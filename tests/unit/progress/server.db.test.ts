import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { databaseForThisFile } from '../../support/test-database';

// A real database of this project's engine, migrated and seeded as the app does it.
const database = await databaseForThisFile();

let server: typeof import('@/lib/progress/server');
let db: typeof import('@/lib/db').db;
let userId: string;

beforeAll(async () => {
  server = await import('@/lib/progress/server');
  db = (await import('@/lib/db')).db;
  userId = (await db.user.create({ data: { email: 'learner@example.com' } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe('recordEvent', () => {
  it('counts one event once even when ten requests race for it', async () => {
    const event = {
      kind: 'lesson-completed',
      subject: 'gemini-in-production/cost-routing',
    } as const;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => server.recordEvent(userId, event)),
    );
    expect(results.filter((result) => result.ok && result.added)).toHaveLength(1);
    expect(await db.progressEvent.count({ where: { userId, ...event } })).toBe(1);
  });

  it('refuses a lesson that does not exist and awards XP from the kind only', async () => {
    expect(
      await server.recordEvent(userId, { kind: 'lesson-completed', subject: 'nope/nope' }),
    ).toMatchObject({ ok: false });
    const { summary } = await server.loadProgress(userId);
    expect(summary.xp).toBe(70);
  });
});

describe('mergeLocalProgress', () => {
  it('merges a union, idempotently, reporting what it skipped', async () => {
    const local = [
      // Completing a lesson that has checks is earned by answering them: left out of the merge.
      { kind: 'lesson-completed', subject: 'gemini-in-production/gemini-adapter' },
      { kind: 'exercise-done', subject: 'gemini-in-production/gemini-adapter' },
      { kind: 'exercise-done', subject: 'gemini-in-production/gemini-adapter', xp: 500 },
    ];
    const first = await server.mergeLocalProgress(userId, local);
    expect(first).toMatchObject({ ok: true, merged: 1 });
    expect(first.ok && first.plan.skipped).toHaveLength(1);
    expect(first.ok && first.plan.derived).toBe(1);
    const second = await server.mergeLocalProgress(userId, local);
    expect(second).toMatchObject({ ok: true, merged: 0 });
    expect((await server.loadProgress(userId)).summary).toMatchObject({
      xp: 110,
      level: 0,
      lessonsDone: 1,
    });
  });
});

describe('durability', () => {
  it('keeps every acknowledged event across a restart (a new process-level client)', async () => {
    const before = await server.loadProgress(userId);
    const reopened = createPrismaClient(database.url);
    try {
      const rows = await reopened.progressEvent.findMany({ where: { userId } });
      expect(rows.map((row) => `${row.kind}:${row.subject}`).sort()).toEqual(
        before.events.map((event) => `${event.kind}:${event.subject}`).sort(),
      );
    } finally {
      await reopened.$disconnect();
    }
  });
});
