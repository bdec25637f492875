import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { env } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { sqlitePathFromUrl } from '@/lib/db/sqlite-path';

/** Creates a Prisma client over the embedded SQLite file. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaBetterSqlite3({
    url: `file:${sqlitePathFromUrl(databaseUrl)}`,
    // Several processes (app servers, scripts) may write at once; wait rather than fail.
    timeout: 5_000,
  });
  return new PrismaClient({ adapter });
}

// One client per process; kept on globalThis so dev hot reloads do not open new connections.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
