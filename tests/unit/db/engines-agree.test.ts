import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/**
 * prisma migrate diff cannot run here (no migrate engine), so the two engines'
 * migrations are checked against each other: migrated from scratch, both
 * databases must have the same tables, columns, keys, indexes and foreign keys.
 */
interface Shape {
  columns: string[];
  primaryKey: string[];
  indexes: string[];
  foreignKeys: string[];
}

const TYPES: Record<string, string> = {
  TEXT: 'text',
  INTEGER: 'int',
  BIGINT: 'bigint',
  DATETIME: 'timestamp',
  BOOLEAN: 'boolean',
  text: 'text',
  integer: 'int',
  bigint: 'bigint',
  'timestamp without time zone': 'timestamp',
  boolean: 'boolean',
};
const ON_DELETE: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

function normalDefault(value: string | null): string {
  if (value === null) return '-';
  return value
    .replace(/::[a-z ]+$/i, '')
    .replace(/^'(.*)'$/, '$1')
    .toUpperCase();
}

async function sqliteShape(url: string): Promise<Record<string, Shape>> {
  const db = createPrismaClient(url);
  try {
    const tables = await db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master
      WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`;
    const shapes: Record<string, Shape> = {};
    for (const { name } of tables) {
      const columns = await db.$queryRawUnsafe<
        { name: string; type: string; notnull: bigint; dflt_value: string | null; pk: bigint }[]
      >(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${name}')`);
      const indexes = await db.$queryRawUnsafe<{ name: string; unique: bigint; origin: string }[]>(
        `SELECT name, "unique", origin FROM pragma_index_list('${name}') WHERE origin = 'c'`,
      );
      const indexDefs: string[] = [];
      for (const index of indexes) {
        const cols = await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT name FROM pragma_index_info('${index.name}') ORDER BY seqno`,
        );
        indexDefs.push(
          `${index.name} ${index.unique ? 'unique ' : ''}(${cols.map((c) => c.name).join(',')})`,
        );
      }
      const fks = await db.$queryRawUnsafe<
        { table: string; from: string; to: string; on_delete: string }[]
      >(`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list('${name}')`);
      shapes[name] = {
        columns: columns
          .map(
            (c) =>
              `${c.name} ${TYPES[c.type]} ${c.notnull ? 'not null' : 'null'} ${normalDefault(c.dflt_value)}`,
          )
          .sort(),
        primaryKey: columns
          .filter((c) => c.pk > 0n)
          .sort((a, b) => Number(a.pk - b.pk))
          .map((c) => c.name),
        indexes: indexDefs.sort(),
        foreignKeys: fks
          .map((fk) => `${fk.from} -> ${fk.table}.${fk.to} ON DELETE ${fk.on_delete}`)
          .sort(),
      };
    }
    return shapes;
  } finally {
    await db.$disconnect();
  }
}

async function postgresShape(url: string): Promise<Record<string, Shape>> {
  const db = createPrismaClient(url);
  try {
    const columns = await db.$queryRaw<
      { table: string; name: string; type: string; nullable: string; dflt: string | null }[]
    >`SELECT table_name AS "table", column_name AS name, data_type AS type, is_nullable AS nullable,
        column_default AS dflt
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`;
    const keys = await db.$queryRaw<
      { table: string; name: string; primary: boolean; unique: boolean; cols: string[] }[]
    >`
      SELECT t.relname AS "table", i.relname AS name, x.indisprimary AS "primary", x.indisunique AS "unique",
        ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS cols
      FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`;
    const fks = await db.$queryRaw<
      { table: string; from: string; ref: string; to: string; action: string }[]
    >`
      SELECT t.relname AS "table", a.attname AS "from", r.relname AS ref, ra.attname AS "to", c.confdeltype::text AS action
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
      WHERE c.contype = 'f'`;
    const shapes: Record<string, Shape> = {};
    for (const column of columns) {
      const shape = (shapes[column.table] ??= {
        columns: [],
        primaryKey: [],
        indexes: [],
        foreignKeys: [],
      });
      shape.columns.push(
        `${column.name} ${TYPES[column.type]} ${column.nullable === 'NO' ? 'not null' : 'null'} ${normalDefault(column.dflt)}`,
      );
    }
    for (const key of keys) {
      const shape = shapes[key.table]!;
      if (key.primary) shape.primaryKey = key.cols;
      else shape.indexes.push(`${key.name} ${key.unique ? 'unique ' : ''}(${key.cols.join(',')})`);
    }
    for (const fk of fks)
      shapes[fk.table]!.foreignKeys.push(
        `${fk.from} -> ${fk.ref}.${fk.to} ON DELETE ${ON_DELETE[fk.action]}`,
      );
    for (const shape of Object.values(shapes)) {
      shape.columns.sort();
      shape.indexes.sort();
      shape.foreignKeys.sort();
    }
    return shapes;
  } finally {
    await db.$disconnect();
  }
}

describe('SQLite and PostgreSQL, each migrated from scratch', () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([
      createTestDatabase({ on: 'sqlite', seed: false }),
      createTestDatabase({ on: 'postgresql', seed: false }),
    ]);
  });
  afterAll(() => Promise.all([sqlite.drop(), postgres.drop()]));

  it('have the same tables, columns, keys, indexes and foreign keys', async () => {
    const [a, b] = await Promise.all([sqliteShape(sqlite.url), postgresShape(postgres.url)]);
    expect(Object.keys(a)).toContain('Comment');
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const table of Object.keys(a))
      expect({ table, ...b[table] }).toEqual({ table, ...a[table] });
  });
});
