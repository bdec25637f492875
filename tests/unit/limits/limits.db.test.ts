import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { hitRateLimit } from '@/lib/limits/rate-limit';
import { reserveSpend, settleSpend } from '@/lib/limits/spend-cap';
import { databaseForThisFile, engine } from '../../support/test-database';

// Two clients on one database stand for two app servers: the limits live in
// the database, so what one server counts the other sees.
const database = await databaseForThisFile();
const serverA = createPrismaClient(database.url);
const serverB = createPrismaClient(database.url);
afterAll(() => Promise.all([serverA.$disconnect(), serverB.$disconnect()]));

const both = (i: number) => (i % 2 === 0 ? serverA : serverB);

describe(`rate limits on ${engine}`, () => {
  it('let exactly the limit through when 30 calls race on two servers', async () => {
    const now = new Date('2026-12-01T10:15:00Z');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        hitRateLimit(both(i), { key: 'race:ip:10.0.0.1', limit: 7, windowMs: 3_600_000, now }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(7);
    const refused = results.find((result) => !result.ok);
    expect(refused).toMatchObject({ ok: false, resetAt: new Date('2026-12-01T11:00:00Z') });
    // The next window starts afresh.
    expect(
      await hitRateLimit(serverB, {
        key: 'race:ip:10.0.0.1',
        limit: 7,
        windowMs: 3_600_000,
        now: new Date('2026-12-01T11:00:01Z'),
      }),
    ).toEqual({ ok: true, remaining: 6 });
  });
});

describe(`the daily spend cap on ${engine}`, () => {
  it('is never exceeded when 40 reservations race on two servers', async () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        reserveSpend(both(i), { amountPico: 3_000_000n, capPico: 31_000_000n, now }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(10);
    const row = await serverA.dailySpend.findUniqueOrThrow({ where: { day: '2026-12-01' } });
    expect(row).toMatchObject({ picoUsd: 30_000_000n, calls: 10 });
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      spentPico: 30_000_000n,
      resetAt: new Date('2026-12-02T00:00:00Z'),
    });
  });

  it('settles a reservation to what the call really cost', async () => {
    const now = new Date('2026-12-02T08:00:00Z');
    const reservation = await reserveSpend(serverA, {
      amountPico: 5_000_000_000n,
      capPico: 10_000_000_000n,
      now,
    });
    expect(reservation.ok).toBe(true);
    if (!reservation.ok) return;
    await settleSpend(serverB, { ...reservation, actualPico: 1_234_567n });
    expect(
      (await serverA.dailySpend.findUniqueOrThrow({ where: { day: '2026-12-02' } })).picoUsd,
    ).toBe(1_234_567n);
  });
});
