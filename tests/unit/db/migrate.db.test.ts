import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { migrationsDir } from '@/lib/db/engine';
import { migrateDatabase } from '@/lib/db/migrate';
import { seedCourses } from '@/lib/db/seed';
import { loadCourses } from '@/lib/content/loader';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { createEmptyDatabase, engine, type TestDatabase } from '../../support/test-database';

const MIGRATIONS = migrationsDir(engine);
const migrationNames = () =>
  fs
    .readdirSync(MIGRATIONS)
    .filter((name) => !name.endsWith('.toml'))
    .sort();

async function withClient<T>(url: string, work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = createPrismaClient(url);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

async function tableExists(url: string, table: string): Promise<boolean> {
  return withClient(url, async (db) => {
    const rows: unknown[] =
      engine === 'sqlite'
        ? await db.$queryRaw`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${table}`
        : await db.$queryRaw`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename = ${table}`;
    return rows.length > 0;
  });
}

function copyMigrations(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-migrations-'));
  fs.cpSync(MIGRATIONS, copy, { recursive: true });
  return copy;
}

/** `npm run db:setup` as an app server runs it before it starts. */
function dbSetup(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', 'tsx', 'scripts/db.ts', 'setup'], {
      env: { ...process.env, DATABASE_URL: url },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe(`the migration runner on ${engine}`, () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createEmptyDatabase();
  });
  afterEach(() => database.drop());

  it('applies every migration once and records the checksums Prisma records', async () => {
    const first = await migrateDatabase(database.url);
    expect(first.engine).toBe(engine);
    expect(first.applied).toEqual(migrationNames());
    expect((await migrateDatabase(database.url)).applied).toEqual([]);

    const rows = await withClient(database.url, (db) =>
      db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: unknown }[]>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      ),
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames());
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(MIGRATIONS, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).toBeTruthy();
    }
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const copy = copyMigrations();
    try {
      await migrateDatabase(database.url, { dir: copy });
      fs.appendFileSync(path.join(copy, migrationNames()[0]!, 'migration.sql'), '\n-- edited\n');
      await expect(migrateDatabase(database.url, { dir: copy })).rejects.toThrow(
        /was changed after it was applied/,
      );
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('leaves nothing half-applied when a migration fails', async () => {
    const copy = copyMigrations();
    try {
      fs.mkdirSync(path.join(copy, '99990101000000_broken'));
      fs.writeFileSync(
        path.join(copy, '99990101000000_broken', 'migration.sql'),
        'CREATE TABLE "Half" ("id" TEXT);\nNOT SQL;',
      );
      await expect(migrateDatabase(database.url, { dir: copy })).rejects.toThrow();
      expect(await tableExists(database.url, 'Half')).toBe(false);
      // The good migrations before it stay applied, and a fixed history carries on.
      expect(await tableExists(database.url, 'Course')).toBe(true);
      fs.rmSync(path.join(copy, '99990101000000_broken'), { recursive: true });
      expect((await migrateDatabase(database.url, { dir: copy })).applied).toEqual([]);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('lets two app servers set up the same fresh database at once', async () => {
    const [a, b] = await Promise.all([dbSetup(database.url), dbSetup(database.url)]);
    expect(a, a.output).toMatchObject({ code: 0 });
    expect(b, b.output).toMatchObject({ code: 0 });
    // Between them every migration was applied exactly once.
    expect(`${a.output}\n${b.output}`.match(/applied [^\n]*/g)?.join(', ')).toContain(
      migrationNames().at(-1),
    );
    const counts = await withClient(database.url, async (db) => ({
      migrations: await db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT migration_name FROM "_prisma_migrations"',
      ),
      lessons: await db.lesson.count(),
    }));
    expect(counts.migrations.map((row) => row.migration_name).sort()).toEqual(migrationNames());
    expect(counts.lessons).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

describe(`a fresh ${engine} database migrated by the runner`, () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createEmptyDatabase();
    await migrateDatabase(database.url);
  });
  afterEach(() => database.drop());

  it('serves every model through the generated client', async () => {
    const served = new Set<string>();
    await withClient(database.url, async (db) => {
      const courses = loadCourses(path.resolve('content/courses'), { includeDrafts: true });
      const seeded = await seedCourses(db, courses);
      expect(seeded.lessons).toBeGreaterThanOrEqual(4);
      // Seeding twice changes nothing.
      await seedCourses(db, courses);
      expect(await db.lesson.count()).toBe(seeded.lessons);
      const course = await db.course.findUniqueOrThrow({
        where: { slug: 'gemini-in-production' },
        include: { lessons: { orderBy: { order: 'asc' } } },
      });
      expect(course.title).toBe('Gemini in production');
      const lesson = course.lessons[0]!;
      served.add('Course').add('Lesson');

      const windowStart = new Date('2026-11-28T10:00:00Z');
      await db.rateLimitWindow.create({ data: { key: 'test', windowStart, count: 1 } });
      const window = await db.rateLimitWindow.findFirstOrThrow();
      expect(window).toMatchObject({ count: 1, windowStart });
      served.add('RateLimitWindow');

      await db.dailySpend.create({
        data: { day: '2026-11-28', picoUsd: 12_345_678_901_234_567n, calls: 1 },
      });
      expect((await db.dailySpend.findFirstOrThrow()).picoUsd).toBe(12_345_678_901_234_567n);
      served.add('DailySpend');

      const user = await db.user.create({ data: { email: 'learner@example.com', name: '학습자' } });
      expect(user).toMatchObject({ role: 'learner', emailNotifications: true, name: '학습자' });
      await expect(
        db.user.create({ data: { email: 'learner@example.com' } }),
      ).rejects.toMatchObject({ code: 'P2002' });
      const other = await db.user.create({ data: { email: 'other@example.com' } });
      served.add('User');

      await db.account.create({
        data: {
          userId: user.id,
          type: 'oauth',
          provider: 'github',
          providerAccountId: '42',
          expires_at: 1_900_000_000,
        },
      });
      served.add('Account');
      const expires = new Date('2026-12-31T00:00:00.123Z');
      await db.session.create({ data: { sessionToken: 'token-1', userId: user.id, expires } });
      expect(
        (await db.session.findUniqueOrThrow({ where: { sessionToken: 'token-1' } })).expires,
      ).toEqual(expires);
      served.add('Session');
      await db.verificationToken.create({
        data: { identifier: user.email, token: 'magic', expires },
      });
      expect(
        await db.verificationToken.delete({
          where: { identifier_token: { identifier: user.email, token: 'magic' } },
        }),
      ).toMatchObject({ token: 'magic' });
      served.add('VerificationToken');

      await db.progressEvent.create({
        data: { userId: user.id, kind: 'lesson-completed', subject: lesson.id, xp: 70 },
      });
      await expect(
        db.progressEvent.create({
          data: { userId: user.id, kind: 'lesson-completed', subject: lesson.id, xp: 70 },
        }),
      ).rejects.toSatisfy(
        (error) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002',
      );
      served.add('ProgressEvent');

      const checkId = `${lesson.id}/some-check`;
      await db.checkAnswer.create({
        data: { userId: user.id, checkId, lessonId: lesson.id, attempts: 1, firstTryCorrect: true },
      });
      await expect(
        db.checkAnswer.create({
          data: { userId: user.id, checkId, lessonId: lesson.id, firstTryCorrect: false },
        }),
      ).rejects.toMatchObject({ code: 'P2002' });
      served.add('CheckAnswer');

      const top = await db.comment.create({
        data: { lessonId: lesson.id, authorId: user.id, body: '좋은 글입니다' },
      });
      const reply = await db.comment.create({
        data: { lessonId: lesson.id, authorId: other.id, parentId: top.id, body: 'reply' },
      });
      expect(
        await db.comment.findUniqueOrThrow({ where: { id: top.id }, include: { replies: true } }),
      ).toMatchObject({ replies: [{ id: reply.id }] });
      const perLesson = await db.comment.groupBy({
        by: ['lessonId'],
        where: { deletedAt: null },
        _count: { _all: true },
      });
      expect(perLesson).toEqual([{ lessonId: lesson.id, _count: { _all: 2 } }]);
      served.add('Comment');

      await db.commentReport.create({
        data: { commentId: reply.id, reporterId: user.id, reason: 'spam' },
      });
      served.add('CommentReport');
      await db.threadFollow.create({ data: { userId: user.id, lessonId: lesson.id } });
      served.add('ThreadFollow');
      await db.notification.create({
        data: { userId: user.id, commentId: reply.id, kind: 'reply' },
      });
      expect(await db.notification.count({ where: { userId: user.id, readAt: null } })).toBe(1);
      served.add('Notification');
      await db.problemReport.create({
        data: { pageUrl: '/ko/courses/x', kind: 'typo', message: '오타', lessonId: lesson.id },
      });
      expect(await db.problemReport.findFirstOrThrow()).toMatchObject({ status: 'new' });
      served.add('ProblemReport');
      const mail = await db.mailMessage.create({
        data: {
          kind: 'reply',
          to: other.email,
          subject: '답글',
          text: 't',
          html: '<p>t</p>',
          url: '/x',
        },
      });
      expect(mail).toMatchObject({ status: 'pending', attempts: 0, sentAt: null });
      expect(
        await db.mailMessage.count({
          where: { status: 'pending', nextAttemptAt: { lte: new Date() } },
        }),
      ).toBe(1);
      served.add('MailMessage');
      await db.routerLabRouter.create({ data: { userId: user.id, rules: '{"version":1}' } });
      await expect(
        db.routerLabRouter.create({ data: { userId: user.id, rules: '{}' } }),
      ).rejects.toMatchObject({ code: 'P2002' });
      served.add('RouterLabRouter');

      // Foreign keys hold: deleting an account takes its data along and keeps others' replies.
      await db.user.delete({ where: { id: user.id } });
      expect(await db.session.count()).toBe(0);
      expect(await db.account.count()).toBe(0);
      expect(await db.progressEvent.count()).toBe(0);
      expect(await db.routerLabRouter.count()).toBe(0);
      expect(await db.notification.count()).toBe(0);
      expect(await db.commentReport.count()).toBe(0);
      expect(await db.comment.findUniqueOrThrow({ where: { id: top.id } })).toMatchObject({
        authorId: null,
      });
      await expect(
        db.comment.create({ data: { lessonId: 'no/such-lesson', body: 'x' } }),
      ).rejects.toMatchObject({ code: 'P2003' });
    });
    // A model added to the schema without being exercised here fails this test.
    expect([...served].sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });
});
