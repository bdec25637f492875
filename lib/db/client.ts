import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { sqlitePathFromUrl } from './sqlite-path';

/** Creates a Prisma client over the embedded SQLite file (app, scripts and tests share it). */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaBetterSqlite3({
    url: `file:${sqlitePathFromUrl(databaseUrl)}`,
    // Several processes (app servers, scripts) may write at once; wait rather than fail.
    timeout: 5_000,
  });
  return new PrismaClient({ adapter });
}
