import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-pg/client';
import { databaseEngine, type DatabaseEngine } from './engine';
import { sqlitePathFromUrl } from './sqlite-path';

/**
 * Creates a Prisma client for DATABASE_URL: the embedded SQLite file, or
 * PostgreSQL. The app, scripts and tests all get their client here, so no
 * feature knows which engine it runs on.
 *
 * Both generated clients come from schemas that are identical model for model
 * (tests/unit/db/schema-mirror.test.ts), so they have the same API; features
 * are typed against the SQLite client's types.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const engine = databaseEngine(databaseUrl);
  const client = engine === 'postgresql' ? postgresClient(databaseUrl) : sqliteClient(databaseUrl);
  engines.set(client, engine);
  return client;
}

const engines = new WeakMap<object, DatabaseEngine>();

/**
 * The engine behind a client made here. Only the few queries that must be
 * spelled per engine (the mail queue's `FOR UPDATE SKIP LOCKED`) ask.
 */
export function engineOf(client: object): DatabaseEngine {
  const engine = engines.get(client);
  if (!engine) throw new Error('not a client made by createPrismaClient');
  return engine;
}

function postgresClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    // Each app server holds a small pool; many servers share one database.
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}

function sqliteClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaBetterSqlite3({
    url: `file:${sqlitePathFromUrl(databaseUrl)}`,
    // Several processes (app servers, scripts) may write at once; wait rather than fail.
    timeout: 5_000,
  });
  return new PrismaClient({ adapter });
}
