import 'server-only';
import { createPrismaClient } from '@/lib/db/client';
import { env } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';

// One client per process; kept on globalThis so dev hot reloads do not open new connections.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
