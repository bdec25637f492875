import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsDir } from '@/lib/db/engine';

const read = (file: string) => fs.readFileSync(path.resolve(file), 'utf8');
/** Everything after the datasource block: the models. */
const models = (schema: string) => schema.split(/^datasource db \{[^}]*\}$/m)[1]?.trim();
const migrations = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'migration.sql')))
    .sort();

describe('the PostgreSQL schema', () => {
  it('declares exactly the models of the SQLite schema', () => {
    const sqlite = read('prisma/schema.prisma');
    const postgres = read('prisma/postgres/schema.prisma');
    expect(models(sqlite)).toContain('model Course {');
    expect(models(postgres)).toBe(models(sqlite));
    expect(postgres).toMatch(/provider\s*=\s*"postgresql"/);
    expect(postgres).toMatch(/output\s*=\s*"..\/..\/lib\/generated\/prisma-pg"/);
  });

  it('has a migration for every SQLite migration, under the same name, locked to its provider', () => {
    expect(migrations(migrationsDir('postgresql'))).toEqual(migrations(migrationsDir('sqlite')));
    expect(read('prisma/postgres/migrations/migration_lock.toml')).toMatch(
      /provider = "postgresql"/,
    );
    expect(read('prisma/migrations/migration_lock.toml')).toMatch(/provider = "sqlite"/);
  });
});
