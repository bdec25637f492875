import 'server-only';
import { db } from '@/lib/db';
import { createUnlessExists, isUniqueViolation } from '@/lib/db/unique';
import { hitRateLimit, learnerOrAddressKey } from '@/lib/limits/rate-limit';
import { recordEvent } from '@/lib/progress/server';
import { parseLabRouter, type LabRouter, type LabRouterProblem } from '@/lib/router/lab/schema';
import { scoreRouter, scoreSubmission } from './hidden-round-score.server';
import type { SubmitResult } from './router-lab-views';

/** Hidden-round submissions one learner (or, for visitors, one address) may make per hour. */
export const HIDDEN_ROUND_LIMIT = { limit: 30, windowMs: 60 * 60_000 } as const;

export type { SubmitResult } from './router-lab-views';

/**
 * The hidden round: rate-limited, scored by the server, and worth XP and the
 * "router builder" achievement once, for a signed-in learner whose router
 * beats always-Flash on cost with at most 5 % under-routed.
 */
export async function submitHiddenRound(
  input: unknown,
  { userId, ip, now = new Date() }: { userId?: string; ip: string; now?: Date },
): Promise<SubmitResult> {
  const limit = await hitRateLimit(db, {
    key: learnerOrAddressKey('router-lab', { userId, ip }),
    ...HIDDEN_ROUND_LIMIT,
    now,
  });
  if (!limit.ok) return { ok: false, code: 'rate_limited', resetAt: limit.resetAt.toISOString() };
  const scored = scoreSubmission(input, now);
  if (!scored.ok) return { ok: false, code: 'invalid', ...scored.error };
  let xpAwarded = false;
  if (userId && scored.score.passed) {
    const recorded = await recordEvent(userId, {
      kind: 'router-lab-passed',
      subject: 'playground',
    });
    xpAwarded = recorded.ok && recorded.added;
  }
  return { ok: true, score: scored.score, xpAwarded, signedIn: userId !== undefined };
}

/** A stored router, validated again on the way out (the schema may have moved on). */
function storedRouter(json: string | null | undefined): LabRouter | null {
  if (!json) return null;
  try {
    const parsed = parseLabRouter(JSON.parse(json));
    return parsed.ok ? parsed.router : null;
  } catch {
    return null;
  }
}

/** The learner's saved router, or null. */
export async function loadSavedRouter(userId: string): Promise<LabRouter | null> {
  const row = await db.routerLabRouter.findUnique({ where: { userId } });
  return storedRouter(row?.rules);
}

/** Saves one learner may make per hour (the lab saves as they edit, a few hundred ms apart). */
export const SAVE_LIMIT = { limit: 600, windowMs: 60 * 60_000 } as const;

/** Saves the learner's router (validated; the stored JSON is the parsed value, nothing else). */
export async function saveRouter(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: LabRouterProblem }> {
  const parsed = parseLabRouter(input);
  if (!parsed.ok) return parsed;
  const limit = await hitRateLimit(db, {
    key: `router-lab-save:user:${userId}`,
    ...SAVE_LIMIT,
    now,
  });
  if (!limit.ok)
    return { ok: false, error: { field: 'router', message: 'too many saves: try again later' } };
  const rules = JSON.stringify(parsed.router);
  try {
    await db.routerLabRouter.upsert({
      where: { userId },
      create: { userId, rules },
      update: { rules },
    });
  } catch (error) {
    // Two tabs saving at once: the other created the row first (upsert is not atomic on PostgreSQL).
    if (!isUniqueViolation(error)) throw error;
    await db.routerLabRouter.update({ where: { userId }, data: { rules } });
  }
  return { ok: true };
}

/** Longest visitor router (as stored in the browser) a merge reads. */
export const MAX_VISITOR_ROUTER_CHARS = 20_000;

/**
 * A visitor's router from this browser joins the account at sign-in, with
 * the visitor's progress (mergeProgressAction). Nothing is lost: an account
 * without a router takes it; when both differ, the newer becomes the router
 * and the other is kept as `previousRules`. The server then scores it on the
 * hidden round itself, so a router that passes earns its XP once.
 */
export async function mergeVisitorRouter(
  userId: string,
  raw: unknown,
  now = new Date(),
): Promise<{ merged: boolean; xpAwarded: boolean }> {
  const none = { merged: false, xpAwarded: false };
  if (typeof raw !== 'string' || raw.length > MAX_VISITOR_ROUTER_CHARS) return none;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return none;
  }
  if (typeof value !== 'object' || value === null) return none;
  const { router, savedAt } = value as { router?: unknown; savedAt?: unknown };
  const parsed = parseLabRouter(router);
  if (!parsed.ok) return none;
  const rules = JSON.stringify(parsed.router);
  const savedOn = typeof savedAt === 'string' ? new Date(savedAt) : new Date(Number.NaN);
  const visitorTime = Number.isNaN(savedOn.getTime()) ? 0 : savedOn.getTime();
  const existing = await db.routerLabRouter.findUnique({ where: { userId } });
  if (!existing) {
    await createUnlessExists(() => db.routerLabRouter.create({ data: { userId, rules } }));
  } else if (existing.rules !== rules) {
    const visitorIsNewer = visitorTime > existing.updatedAt.getTime();
    await db.routerLabRouter.update({
      where: { userId },
      data: visitorIsNewer ? { rules, previousRules: existing.rules } : { previousRules: rules },
    });
  }
  let xpAwarded = false;
  if (scoreRouter(parsed.router, now).passed) {
    const recorded = await recordEvent(userId, {
      kind: 'router-lab-passed',
      subject: 'playground',
    });
    xpAwarded = recorded.ok && recorded.added;
  }
  return { merged: true, xpAwarded };
}
