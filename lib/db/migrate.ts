import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseEngine, migrationsDir, redactUrl, type DatabaseEngine } from './engine';
import { sqlitePathFromUrl } from './sqlite-path';

/**
 * Applies the committed migrations of DATABASE_URL's engine: SQLite's in
 * `prisma/migrations`, PostgreSQL's in `prisma/postgres/migrations`.
 *
 * Prisma's migrate engine is a native download that is not available on every
 * machine, so Stream applies its own migrations. It keeps Prisma's
 * `_prisma_migrations` bookkeeping (checksum = sha256 of migration.sql), so a
 * machine that does have the engine sees the same history and
 * `prisma migrate deploy` agrees with it.
 */
export async function migrateDatabase(
  databaseUrl: string,
  { root = process.cwd(), dir }: { root?: string; dir?: string } = {},
): Promise<{ engine: DatabaseEngine; target: string; applied: string[] }> {
  const engine = databaseEngine(databaseUrl);
  const migrations = dir ?? migrationsDir(engine, root);
  if (engine === 'postgresql') {
    const { applied } = await migratePostgres(databaseUrl, migrations);
    return { engine, target: redactUrl(databaseUrl), applied };
  }
  const file = sqlitePathFromUrl(databaseUrl);
  return { engine, target: file, ...migrateSqlite(file, migrations) };
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

function readMigrations(migrationsDir: string): Migration[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, 'migration.sql')),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** The migrations not yet applied; refuses a history whose applied files were edited since. */
function pending(migrations: Migration[], done: Map<string, string>): Migration[] {
  return migrations.filter(({ name, checksum }) => {
    const previous = done.get(name);
    if (previous === undefined) return true;
    if (previous !== checksum) {
      throw new Error(
        `Migration ${name} was changed after it was applied (checksum differs). Add a new migration instead of editing an applied one.`,
      );
    }
    return false;
  });
}

/** Applies the migrations to a SQLite file, creating it (and its directory) when missing. */
export function migrateSqlite(dbFile: string, migrationsDir: string): { applied: string[] } {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const db = new Database(dbFile);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);

    const appliedChecksum = db.prepare(
      'SELECT checksum FROM _prisma_migrations WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const record = db.prepare(
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES (?, ?, ?, ?, ?, 1)`,
    );
    const applied: string[] = [];
    for (const migration of readMigrations(migrationsDir)) {
      // Each migration is checked and applied under the write lock (BEGIN IMMEDIATE), so
      // two processes starting at once cannot both apply it. SQLite DDL is transactional:
      // a failing migration leaves nothing half-applied.
      const ran = db
        .transaction(() => {
          const row = appliedChecksum.get(migration.name) as { checksum: string } | undefined;
          const done = new Map(row ? [[migration.name, row.checksum]] : []);
          if (pending([migration], done).length === 0) return false;
          const startedAt = new Date().toISOString();
          db.exec(migration.sql);
          record.run(
            randomUUID(),
            migration.checksum,
            new Date().toISOString(),
            migration.name,
            startedAt,
          );
          return true;
        })
        .immediate();
      if (ran) applied.push(migration.name);
    }
    return { applied };
  } finally {
    db.close();
  }
}

/** The advisory lock Prisma's own migrate engine takes, so the runner and `prisma migrate deploy` exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

/**
 * Applies the migrations to a PostgreSQL database. Several app servers may
 * start at once: an advisory lock lets one migrate while the others wait and
 * then find nothing left to do.
 */
export async function migratePostgres(
  databaseUrl: string,
  migrationsDir: string,
): Promise<{ applied: string[] }> {
  const migrations = readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    // Prisma's own definition of its bookkeeping table on PostgreSQL.
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum] as const));

    const applied: string[] = [];
    for (const { name, sql, checksum } of pending(migrations, done)) {
      const startedAt = new Date();
      // PostgreSQL DDL is transactional too: a failing migration leaves nothing half-applied.
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), checksum, name, startedAt],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(name);
    }
    return { applied };
  } finally {
    // Closing the connection also releases the advisory lock.
    await client.end();
  }
}
