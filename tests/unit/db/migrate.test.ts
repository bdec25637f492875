import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { migrateSqlite } from '@/lib/db/migrate';
import { seedCourses } from '@/lib/db/seed';
import { loadCourses } from '@/lib/content/loader';

const MIGRATIONS = path.resolve('prisma/migrations');

describe('migrateSqlite', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-db-'));
    file = path.join(dir, 'nested', 'stream.db');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the database file, applies every migration once and records Prisma checksums', () => {
    const first = migrateSqlite(file, MIGRATIONS);
    expect(first.applied.length).toBe(
      fs.readdirSync(MIGRATIONS).filter((name) => !name.endsWith('.toml')).length,
    );
    expect(migrateSqlite(file, MIGRATIONS).applied).toEqual([]);
    const rows = new Database(file)
      .prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations')
      .all();
    expect(rows).toHaveLength(first.applied.length);
    for (const row of rows as { checksum: string; finished_at: string }[]) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeTruthy();
    }
  });

  it('refuses a migration that was edited after it was applied', () => {
    const copy = path.join(dir, 'migrations');
    fs.cpSync(MIGRATIONS, copy, { recursive: true });
    migrateSqlite(file, copy);
    const [firstName] = fs
      .readdirSync(copy)
      .filter((name) => !name.endsWith('.toml'))
      .sort();
    fs.appendFileSync(path.join(copy, firstName!, 'migration.sql'), '\n-- edited\n');
    expect(() => migrateSqlite(file, copy)).toThrow(/was changed after it was applied/);
  });

  it('leaves nothing half-applied when a migration fails', () => {
    const copy = path.join(dir, 'migrations');
    fs.cpSync(MIGRATIONS, copy, { recursive: true });
    fs.mkdirSync(path.join(copy, '99990101000000_broken'));
    fs.writeFileSync(
      path.join(copy, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "Half" ("id" TEXT);\nNOT SQL;',
    );
    expect(() => migrateSqlite(file, copy)).toThrow();
    const tables = new Database(file)
      .prepare("SELECT name FROM sqlite_master WHERE name = 'Half'")
      .all();
    expect(tables).toEqual([]);
  });

  it('gives a database that serves every model through the generated client', async () => {
    migrateSqlite(file, MIGRATIONS);
    const db = createPrismaClient(`file:${file}`);
    try {
      const courses = loadCourses(path.resolve('content/courses'), { includeDrafts: true });
      const seeded = await seedCourses(db, courses);
      expect(seeded.lessons).toBeGreaterThanOrEqual(4);
      // Seeding twice changes nothing.
      await seedCourses(db, courses);
      expect(await db.lesson.count()).toBe(seeded.lessons);
      expect(
        await db.course.findUnique({
          where: { slug: 'gemini-in-production' },
          include: { lessons: true },
        }),
      ).toMatchObject({
        title: 'Gemini in production',
      });
      const windowStart = new Date('2026-11-28T10:00:00Z');
      await db.rateLimitWindow.create({ data: { key: 'test', windowStart, count: 1 } });
      expect((await db.rateLimitWindow.findFirstOrThrow()).count).toBe(1);
      await db.dailySpend.create({
        data: { day: '2026-11-28', picoUsd: 12_345_678_901_234n, calls: 1 },
      });
      expect((await db.dailySpend.findFirstOrThrow()).picoUsd).toBe(12_345_678_901_234n);
    } finally {
      await db.$disconnect();
    }
  });
});
