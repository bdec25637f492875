import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import type { DatabaseEngine } from '@/lib/db/engine';
import { migrateDatabase } from '@/lib/db/migrate';
import { seedCourses } from '@/lib/db/seed';
import { loadCourses } from '@/lib/content/loader';
import { createPostgresDatabase, dropPostgresDatabases } from './postgres';

/**
 * The engine this test project runs on: every `*.db.test.ts` file runs once
 * in the `sqlite` project and once in the `postgresql` one (vitest.config.ts).
 */
export const engine = (process.env.STREAM_TEST_DB ?? 'sqlite') as DatabaseEngine;

export interface TestDatabase {
  engine: DatabaseEngine;
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

/** A new, empty database of this project's engine (or the one asked for). */
export async function createEmptyDatabase(on: DatabaseEngine = engine): Promise<TestDatabase> {
  counter++;
  if (on === 'postgresql') {
    const name = `${inject('postgresRun')}_${process.pid}_${counter}`;
    const url = await createPostgresDatabase(name);
    return { engine: on, url, drop: () => dropPostgresDatabases([name]) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-test-'));
  return {
    engine: on,
    url: `file:${path.join(dir, 'stream.db')}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new database migrated by the app's own runner and seeded with the courses, as `npm run db:setup` leaves it. */
export async function createTestDatabase({
  seed = true,
  on = engine,
}: { seed?: boolean; on?: DatabaseEngine } = {}): Promise<TestDatabase> {
  const database = await createEmptyDatabase(on);
  await migrateDatabase(database.url);
  if (seed) {
    const db = createPrismaClient(database.url);
    try {
      await seedCourses(db, loadCourses(path.resolve('content/courses'), { includeDrafts: true }));
    } finally {
      await db.$disconnect();
    }
  }
  return database;
}

/**
 * A migrated, seeded database for this test file, dropped when the file ends.
 * It also becomes DATABASE_URL, so `@/lib/db` (imported after this) serves it.
 */
export async function databaseForThisFile(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  afterAll(() => database.drop());
  return database;
}
