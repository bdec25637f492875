/**
 * What needs a human look in the catalog on a given day, offline: models whose
 * shutdown day has passed, tiers whose model or price changes soon, figures
 * read too long ago; and, given the API's model list, what the API no longer
 * serves. Used by `npm run catalog:check`.
 */
import {
  addDays,
  daysBetween,
  dayOf,
  isRetired,
  priceFigureDay,
  pricesOn,
  resolveTier,
  servesOn,
  shutdownDay,
  sourceDay,
} from './catalog';
import type { Catalog, Tier } from './types';
import { TIERS } from './types';

export interface ShutDownModel {
  id: string;
  on: string;
  successor?: string;
  reroutedTo?: string;
}

export interface TierChange {
  tier: Tier;
  /** First day the tier's model or price differs from today's. */
  on: string;
  from: { model: string; input: number; output: number };
  to: { model: string; input: number; output: number };
}

export interface StaleFigure {
  model: string;
  /** Which figure: its prices or its context window. */
  figure: 'prices' | 'context window';
  /** The price period in words: "since release", "2027-01-01 to open end". */
  period: string;
  /** Newest source day behind the figure. */
  readOn: string;
  ageDays: number;
}

export interface OfflineReport {
  day: string;
  tiers: Record<Tier, string>;
  shutDown: ShutDownModel[];
  tierChanges: TierChange[];
  staleFigures: StaleFigure[];
}

export const PRICE_CHANGE_WINDOW_DAYS = 30;
export const STALE_FIGURE_DAYS = 90;

/**
 * The offline part of the check. Stale figures are those of models that serve
 * on the day (a shut-down model's old prices are history, not a risk).
 */
export function offlineReport(cat: Catalog, at: Date | string = new Date()): OfflineReport {
  const day = dayOf(at);
  const tiers = {} as Record<Tier, string>;
  const tierChanges: TierChange[] = [];
  for (const tier of TIERS) {
    const now = resolveTier(cat, tier, day).model;
    tiers[tier] = now.id;
    const p = pricesOn(now, day);
    const from = { model: now.id, input: p.input, output: p.output };
    for (let k = 1; k <= PRICE_CHANGE_WINDOW_DAYS; k++) {
      const d = addDays(day, k);
      const m = resolveTier(cat, tier, d).model;
      const q = pricesOn(m, d);
      if (m.id !== from.model || q.input !== from.input || q.output !== from.output) {
        tierChanges.push({
          tier,
          on: d,
          from,
          to: { model: m.id, input: q.input, output: q.output },
        });
        break;
      }
    }
  }
  const shutDown: ShutDownModel[] = [];
  const staleFigures: StaleFigure[] = [];
  for (const m of cat.models) {
    if (isRetired(m, day)) {
      const s: ShutDownModel = { id: m.id, on: shutdownDay(m)! };
      if (m.successor) s.successor = m.successor;
      if (m.reroute && m.reroute.from <= day) s.reroutedTo = m.reroute.to;
      shutDown.push(s);
      continue;
    }
    for (const p of m.prices) {
      if (p.until !== undefined && p.until < day) continue;
      const readOn = priceFigureDay(p);
      const ageDays = daysBetween(readOn, day);
      if (ageDays > STALE_FIGURE_DAYS)
        staleFigures.push({
          model: m.id,
          figure: 'prices',
          period:
            p.from === undefined && p.until === undefined
              ? 'since release'
              : `${p.from ?? 'release'} to ${p.until ?? 'open end'}`,
          readOn,
          ageDays,
        });
    }
  }
  for (const m of cat.models) {
    if (isRetired(m, day)) continue;
    const readOn = sourceDay(m.contextWindowSource);
    const ageDays = daysBetween(readOn, day);
    if (ageDays > STALE_FIGURE_DAYS)
      staleFigures.push({ model: m.id, figure: 'context window', period: '', readOn, ageDays });
  }
  return { day, tiers, shutDown, tierChanges, staleFigures };
}

export interface ApiReport {
  /** Catalog models that serve on the day but the API no longer lists. */
  missing: string[];
  /** Tiers whose model on the day is missing from the API's list. */
  missingTiers: { tier: Tier; model: string }[];
  /** Catalog models shut down on the day that the API still lists (harmless; worth a look). */
  stillListed: string[];
  /** Catalog models shut down on the day that the API no longer lists, as expected. */
  goneAsExpected: string[];
}

/** Compare the catalog on a day with the ids the API's model list returned. */
export function apiReport(cat: Catalog, listed: readonly string[], at: Date | string): ApiReport {
  const day = dayOf(at);
  const ids = new Set(listed.map((n) => n.replace(/^models\//, '')));
  const missing: string[] = [];
  const stillListed: string[] = [];
  const goneAsExpected: string[] = [];
  for (const m of cat.models) {
    if (servesOn(m, day) && !ids.has(m.id)) missing.push(m.id);
    if (isRetired(m, day)) (ids.has(m.id) ? stillListed : goneAsExpected).push(m.id);
  }
  const missingTiers = TIERS.map((tier) => ({
    tier,
    model: resolveTier(cat, tier, day).model.id,
  })).filter((t) => !ids.has(t.model));
  return { missing, missingTiers, stillListed, goneAsExpected };
}
