import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smartRouterRules } from '@/lib/router/lab/smart-router';
import { databaseForThisFile } from '../../support/test-database';
import { confidentRouter } from '../router/lab/fixtures';

// A real database of this project's engine, migrated and seeded as the app does it.
await databaseForThisFile();

let lab: typeof import('@/lib/playground/router-lab.server');
let progress: typeof import('@/lib/progress/server');
let db: typeof import('@/lib/db').db;

const newUser = async (name: string) =>
  (await db.user.create({ data: { email: `${name}-${Math.random()}@example.com` } })).id;
const labEvents = (userId: string) =>
  db.progressEvent.count({ where: { userId, kind: 'router-lab-passed' } });

beforeAll(async () => {
  lab = await import('@/lib/playground/router-lab.server');
  progress = await import('@/lib/progress/server');
  db = (await import('@/lib/db')).db;
});

afterAll(async () => {
  await db.$disconnect();
});

describe('submitHiddenRound', () => {
  it('awards the XP and the achievement once, however many submissions race', async () => {
    const userId = await newUser('racer');
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        lab.submitHiddenRound({ router: confidentRouter() }, { userId, ip: '192.0.2.1' }),
      ),
    );
    for (const result of results)
      expect(result).toMatchObject({ ok: true, score: { passed: true } });
    expect(results.filter((result) => result.ok && result.xpAwarded)).toHaveLength(1);
    expect(await labEvents(userId)).toBe(1);
    const again = await lab.submitHiddenRound(
      { router: confidentRouter() },
      { userId, ip: '192.0.2.1' },
    );
    expect(again).toMatchObject({ ok: true, xpAwarded: false });
    const { summary } = await progress.loadProgress(userId);
    expect(summary.xp).toBe(80);
    expect(summary.achievements).toContain('router-builder');
  });

  it('gives nothing for a router that fails, for a visitor, or for a claimed score', async () => {
    const userId = await newUser('claimer');
    const failed = await lab.submitHiddenRound(
      { router: smartRouterRules(), score: { passed: true } },
      { userId, ip: '192.0.2.2' },
    );
    expect(failed).toMatchObject({ ok: true, xpAwarded: false, score: { passed: false } });
    const visitor = await lab.submitHiddenRound({ router: confidentRouter() }, { ip: '192.0.2.2' });
    expect(visitor).toMatchObject({
      ok: true,
      signedIn: false,
      xpAwarded: false,
      score: { passed: true },
    });
    expect(await labEvents(userId)).toBe(0);
    expect(
      await lab.submitHiddenRound({ router: { version: 1 } }, { userId, ip: '192.0.2.2' }),
    ).toMatchObject({ ok: false, code: 'invalid', field: 'router.rules' });
  });

  it('refuses past the hourly limit, per learner and per address', async () => {
    const userId = await newUser('hammer');
    const now = new Date('2026-12-02T10:00:00Z');
    for (let i = 0; i < lab.HIDDEN_ROUND_LIMIT.limit; i++)
      expect(
        (
          await lab.submitHiddenRound(
            { router: smartRouterRules() },
            { userId, ip: '192.0.2.3', now },
          )
        ).ok,
      ).toBe(true);
    expect(
      await lab.submitHiddenRound({ router: confidentRouter() }, { userId, ip: '192.0.2.3', now }),
    ).toMatchObject({
      ok: false,
      code: 'rate_limited',
    });
    expect(await labEvents(userId)).toBe(0);
    // Another learner from the same address is not held back by the first one.
    expect(
      (
        await lab.submitHiddenRound(
          { router: smartRouterRules() },
          { userId: await newUser('other'), ip: '192.0.2.3', now },
        )
      ).ok,
    ).toBe(true);
  });
});

describe('saved routers', () => {
  it('saves and loads a validated router, and names the field of a bad one', async () => {
    const userId = await newUser('saver');
    expect(await lab.loadSavedRouter(userId)).toBeNull();
    expect(await lab.saveRouter(userId, confidentRouter())).toEqual({ ok: true });
    expect(await lab.loadSavedRouter(userId)).toEqual(confidentRouter());
    const results = await Promise.all(
      [1, 2, 3].map(() => lab.saveRouter(userId, smartRouterRules())),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await lab.loadSavedRouter(userId)).toEqual(smartRouterRules());
    expect(await lab.saveRouter(userId, { ...smartRouterRules(), fallback: 'nope' })).toMatchObject(
      {
        ok: false,
        error: { field: 'fallback' },
      },
    );
    expect(await lab.loadSavedRouter(userId)).toEqual(smartRouterRules());
  });
});

describe('mergeVisitorRouter (at sign-in, with the visitor progress)', () => {
  const raw = (router: unknown, savedAt: Date | string) =>
    JSON.stringify({
      router,
      savedAt: typeof savedAt === 'string' ? savedAt : savedAt.toISOString(),
    });

  it('gives an account without a router the visitor one, and scores it for XP once', async () => {
    const userId = await newUser('visitor');
    const first = await lab.mergeVisitorRouter(userId, raw(confidentRouter(), new Date()));
    expect(first).toEqual({ merged: true, xpAwarded: true });
    expect(await lab.loadSavedRouter(userId)).toEqual(confidentRouter());
    const twice = await Promise.all(
      [1, 2].map(() => lab.mergeVisitorRouter(userId, raw(confidentRouter(), new Date()))),
    );
    expect(twice.every((result) => result.merged && !result.xpAwarded)).toBe(true);
    expect(await labEvents(userId)).toBe(1);
  });

  it('loses nothing when both differ: the newer becomes the router, the other is kept', async () => {
    const userId = await newUser('both');
    await lab.saveRouter(userId, smartRouterRules());
    await lab.mergeVisitorRouter(userId, raw(confidentRouter(), new Date(Date.now() + 60_000)));
    let row = await db.routerLabRouter.findUniqueOrThrow({ where: { userId } });
    expect(JSON.parse(row.rules)).toEqual(confidentRouter());
    expect(JSON.parse(row.previousRules!)).toEqual(smartRouterRules());

    const older = { ...smartRouterRules(), fallback: 'flash' as const };
    await lab.mergeVisitorRouter(userId, raw(older, '2020-01-01T00:00:00Z'));
    row = await db.routerLabRouter.findUniqueOrThrow({ where: { userId } });
    expect(JSON.parse(row.rules)).toEqual(confidentRouter());
    expect(JSON.parse(row.previousRules!)).toEqual(older);
  });

  it('ignores what is not a router', async () => {
    const userId = await newUser('junk');
    for (const junk of [
      null,
      42,
      '',
      '{',
      '"x"',
      raw({ version: 9 }, new Date()),
      'x'.repeat(30_000),
    ])
      expect(await lab.mergeVisitorRouter(userId, junk)).toEqual({
        merged: false,
        xpAwarded: false,
      });
    expect(await db.routerLabRouter.count({ where: { userId } })).toBe(0);
  });
});
