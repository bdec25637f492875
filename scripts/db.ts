/**
 * Database setup for the embedded SQLite default:
 *   tsx scripts/db.ts migrate   apply committed migrations (creates the file)
 *   tsx scripts/db.ts seed      mirror the courses into the database
 *   tsx scripts/db.ts setup     both (what `npm start` runs first)
 */
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/client';
import { migrateSqlite } from '@/lib/db/migrate';
import { seedCourses } from '@/lib/db/seed';
import { sqlitePathFromUrl } from '@/lib/db/sqlite-path';
import { loadCourses } from '@/lib/content/loader';
import { env } from '@/lib/env';

const MIGRATIONS = path.join(process.cwd(), 'prisma', 'migrations');

function migrate() {
  const file = sqlitePathFromUrl(env.DATABASE_URL);
  const { applied } = migrateSqlite(file, MIGRATIONS);
  console.log(
    applied.length ? `db: applied ${applied.join(', ')} to ${file}` : `db: ${file} is up to date`,
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
  if (command === 'migrate') migrate();
  else if (command === 'seed') await seed();
  else if (command === 'setup') {
    migrate();
    await seed();
  } else {
    console.error('usage: tsx scripts/db.ts migrate|seed|setup');
    process.exit(2);
  }
} catch (error) {
  console.error(`db: ${(error as Error).message}`);
  process.exit(1);
}
