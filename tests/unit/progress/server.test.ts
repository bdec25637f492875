import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { migrateSqlite } from '@/lib/db/migrate';
import { seedCourses } from '@/lib/db/seed';
import { loadCourses } from '@/lib/content/loader';

// A real SQLite database, migrated and seeded as the app does it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-progress-'));
const file = path.join(dir, 'stream.db');
process.env.DATABASE_URL = `file:${file}`;

let server: typeof import('@/lib/progress/server');
let db: typeof import('@/lib/db').db;
let userId: string;

beforeAll(async () => {
  migrateSqlite(file, path.resolve('prisma/migrations'));
  const seeder = createPrismaClient(`file:${file}`);
  await seedCourses(seeder, loadCourses(path.resolve('content/courses'), { includeDrafts: true }));
  await seeder.$disconnect();
  server = await import('@/lib/progress/server');
  db = (await import('@/lib/db')).db;
  userId = (await db.user.create({ data: { email: 'learner@example.com' } })).id;
});

afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
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
      { kind: 'lesson-completed', subject: 'gemini-in-production/cost-routing' },
      { kind: 'lesson-completed', subject: 'gemini-in-production/gemini-adapter' },
      { kind: 'lesson-completed', subject: 'gemini-in-production/gemini-adapter', xp: 500 },
    ];
    const first = await server.mergeLocalProgress(userId, local);
    expect(first).toMatchObject({ ok: true, merged: 1 });
    expect(first.ok && first.plan.skipped).toHaveLength(1);
    const second = await server.mergeLocalProgress(userId, local);
    expect(second).toMatchObject({ ok: true, merged: 0 });
    expect((await server.loadProgress(userId)).summary).toMatchObject({
      xp: 140,
      level: 1,
      lessonsDone: 2,
    });
  });
});

describe('durability', () => {
  it('keeps every acknowledged event across a restart (a new process-level client)', async () => {
    const before = await server.loadProgress(userId);
    const reopened = createPrismaClient(`file:${file}`);
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
