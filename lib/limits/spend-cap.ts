import { createUnlessExists } from '@/lib/db/unique';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/** The UTC day a spend belongs to, "YYYY-MM-DD". */
export function spendDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The next UTC midnight: when today's cap resets. */
export function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

export type SpendReservation =
  | { ok: true; day: string; reservedPico: bigint }
  | { ok: false; capPico: bigint; spentPico: bigint; resetAt: Date };

/**
 * Reserves the worst-case cost of a call against today's cap before the call
 * is made. The check and the increment are one conditional UPDATE, so two
 * servers racing for the last cents cannot both win.
 */
export async function reserveSpend(
  db: PrismaClient,
  { amountPico, capPico, now = new Date() }: { amountPico: bigint; capPico: bigint; now?: Date },
): Promise<SpendReservation> {
  const day = spendDay(now);
  await ensureDay(db, day);
  const { count } = await db.dailySpend.updateMany({
    where: { day, picoUsd: { lte: capPico - amountPico } },
    data: { picoUsd: { increment: amountPico }, calls: { increment: 1 } },
  });
  if (count === 1) return { ok: true, day, reservedPico: amountPico };
  const row = await db.dailySpend.findUnique({ where: { day } });
  return { ok: false, capPico, spentPico: row?.picoUsd ?? 0n, resetAt: nextUtcMidnight(now) };
}

/**
 * Creates the day's row unless it exists; servers racing to create it are
 * fine (the loser's insert hits the primary key and is ignored).
 */
async function ensureDay(db: PrismaClient, day: string): Promise<void> {
  if (await db.dailySpend.findUnique({ where: { day }, select: { day: true } })) return;
  await createUnlessExists(() => db.dailySpend.create({ data: { day } }));
}

/** Replaces a reservation with what the call really cost (from the model's usage). */
export async function settleSpend(
  db: PrismaClient,
  { day, reservedPico, actualPico }: { day: string; reservedPico: bigint; actualPico: bigint },
): Promise<void> {
  const delta = actualPico - reservedPico;
  if (delta === 0n) return;
  await db.dailySpend.update({ where: { day }, data: { picoUsd: { increment: delta } } });
}
