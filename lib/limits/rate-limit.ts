import type { PrismaClient } from '@/lib/generated/prisma/client';

export type LimitResult =
  { ok: true; remaining: number } | { ok: false; limit: number; resetAt: Date };

/** One counter: its key, how many hits a window allows, the window's length. */
export interface LimitQuery {
  key: string;
  limit: number;
  windowMs: number;
  now?: Date;
}

function windowOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * The key of a limit counted per learner when signed in, else per address
 * (a visitor's only identity): "<scope>:user:<id>" or "<scope>:ip:<address>".
 */
export function learnerOrAddressKey(
  scope: string,
  { userId, ip }: { userId?: string | undefined; ip: string },
): string {
  return userId ? `${scope}:user:${userId}` : `${scope}:ip:${ip}`;
}

/**
 * A fixed-window counter in the database, so every app server shares it.
 * The increment is one atomic upsert; a refused call still counts, so
 * hammering a closed door does not open it sooner.
 */
export async function hitRateLimit(
  db: PrismaClient,
  { key, limit, windowMs, now = new Date() }: LimitQuery,
): Promise<LimitResult> {
  const windowStart = windowOf(now, windowMs);
  const row = await db.rateLimitWindow.upsert({
    where: { key_windowStart: { key, windowStart } },
    create: { key, windowStart, count: 1 },
    update: { count: { increment: 1 } },
  });
  if (row.count > limit)
    return { ok: false, limit, resetAt: new Date(windowStart.getTime() + windowMs) };
  return { ok: true, remaining: limit - row.count };
}

/** Whether one more hit would be allowed now, without counting it. */
export async function peekRateLimit(
  db: PrismaClient,
  { key, limit, windowMs, now = new Date() }: LimitQuery,
): Promise<LimitResult> {
  const windowStart = windowOf(now, windowMs);
  const row = await db.rateLimitWindow.findUnique({
    where: { key_windowStart: { key, windowStart } },
  });
  const count = row?.count ?? 0;
  if (count >= limit)
    return { ok: false, limit, resetAt: new Date(windowStart.getTime() + windowMs) };
  return { ok: true, remaining: limit - count };
}
