import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Applies the committed migrations in `prisma/migrations` to a SQLite file.
 *
 * Prisma's migrate engine is a native download that is not available on every
 * machine, so Stream applies its own migrations. It keeps Prisma's
 * `_prisma_migrations` bookkeeping (checksum = sha256 of migration.sql), so a
 * machine that does have the engine sees the same history and
 * `prisma migrate deploy` agrees with it.
 */
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

    const done = new Map(
      db
        .prepare(
          'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
        .all()
        .map((row) => {
          const { migration_name, checksum } = row as { migration_name: string; checksum: string };
          return [migration_name, checksum] as const;
        }),
    );

    const applied: string[] = [];
    for (const name of listMigrations(migrationsDir)) {
      const sql = fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const previous = done.get(name);
      if (previous !== undefined) {
        if (previous !== checksum) {
          throw new Error(
            `Migration ${name} was changed after it was applied (checksum differs). Add a new migration instead of editing an applied one.`,
          );
        }
        continue;
      }
      const id = randomUUID();
      const startedAt = new Date().toISOString();
      // SQLite DDL is transactional: a failing migration leaves nothing half-applied.
      db.transaction(() => {
        db.exec(sql);
        db.prepare(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(id, checksum, new Date().toISOString(), name, startedAt);
      })();
      applied.push(name);
    }
    return { applied };
  } finally {
    db.close();
  }
}

function listMigrations(migrationsDir: string): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, 'migration.sql')),
    )
    .map((entry) => entry.name)
    .sort();
}
