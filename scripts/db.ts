/**
 * Database setup for DATABASE_URL (the embedded SQLite file by default, or
 * PostgreSQL for `postgresql://` URLs):
 *   tsx scripts/db.ts migrate   apply committed migrations (creates a SQLite file)
 *   tsx scripts/db.ts seed      mirror the courses into the database
 *   tsx scripts/db.ts setup     both (what `npm start` runs first)
 */
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { seedCourses } from '@/lib/db/seed';
import { loadCourses } from '@/lib/content/loader';
import { env } from '@/lib/env';

async function migrate() {
  const { engine, target, applied } = await migrateDatabase(env.DATABASE_URL);
  console.log(
    applied.length
      ? `db: applied ${applied.join(', ')} to ${engine} ${target}`
      : `db: ${engine} ${target} is up to date`,
  );
}

async function seed() {
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    // Every lesson, drafts included, so a draft's comments survive its publication.
    const courses = loadCourses(path.join(process.cwd(), 'content', 'courses'), {
      includeDrafts: true,
    });
    const result = await seedCourses(db, courses);
    console.log(`db: seeded ${result.courses} course(s), ${result.lessons} lesson(s)`);
  } finally {
    await db.$disconnect();
  }
}

const command = process.argv[2];
try {
  if (command === 'migrate') await migrate();
  else if (command === 'seed') await seed();
  else if (command === 'setup') {
    await migrate();
    await seed();
  } else {
    console.error('usage: tsx scripts/db.ts migrate|seed|setup');
    process.exit(2);
  }
} catch (error) {
  console.error(`db: ${(error as Error).message}`);
  process.exit(1);
}
