import { Prisma } from '@/lib/generated/prisma/client';

/** Whether an error is a unique-key violation (Prisma's P2002), on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Runs an insert that may lose a race to an identical one (two tabs, two app
 * servers): the unique key keeps one row and the loser is ignored. Prisma's
 * upsert with an empty update is not atomic on PostgreSQL, so this replaces
 * it. Resolves true when this call created the row.
 */
export async function createUnlessExists(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
