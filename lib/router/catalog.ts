/**
 * The dated model catalog, read by day: which model serves each tier on a
 * given day, what it costs that day, when a model was shut down and what
 * replaced it. The figures live in catalog-data.ts (with their sources); the
 * schema that checks them in catalog-schema.ts.
 */
import { catalogData } from './catalog-data';
import type {
  Catalog,
  CatalogModel,
  ModelStatus,
  PricePeriod,
  RetiredInfo,
  ShutdownReading,
  SourceRef,
  Tier,
} from './types';
import { TIERS } from './types';

/** Prompts above this many tokens (input incl. cached) pay the long-context rates. */
export const LONG_PROMPT_THRESHOLD_TOKENS = 200_000;

/** The shipped catalog. */
export const catalog: Catalog = catalogData;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}

/** The UTC day of a moment, or a day given as YYYY-MM-DD (returned as is). */
export function dayOf(at: Date | string = new Date()): string {
  if (typeof at === 'string') {
    if (!isIsoDate(at)) throw new RangeError(`not a day YYYY-MM-DD: ${JSON.stringify(at)}`);
    return at;
  }
  if (Number.isNaN(at.getTime())) throw new RangeError('invalid date');
  return at.toISOString().slice(0, 10);
}

/** Midnight UTC of a day. */
export function startOfDay(day: string): Date {
  return new Date(`${dayOf(day)}T00:00:00Z`);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** `day` plus `n` days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Find a model by id. */
export function findModel(cat: Catalog, id: string): CatalogModel | undefined {
  return cat.models.find((m) => m.id === id);
}

/** The day a source speaks for: the page's own date when known, else the day it was read. */
export function sourceDay(source: SourceRef): string {
  return source.pageDate ?? source.readOn;
}

/**
 * The reading of the shutdown date that counts: the one from the newest page
 * (later copies of the deprecations page supersede earlier ones).
 */
export function currentShutdownReading(model: CatalogModel): ShutdownReading | undefined {
  let best: ShutdownReading | undefined;
  for (const r of model.shutdown) {
    if (!best || sourceDay(r.source) >= sourceDay(best.source)) best = r;
  }
  return best;
}

/** The shutdown day as the newest source gives it, or null when none is announced. */
export function shutdownDay(model: CatalogModel): string | null {
  return currentShutdownReading(model)?.on ?? null;
}

/**
 * The model's status on a day: 'shutdown' from its shutdown day on, else the
 * last lifecycle event that started on or before the day; undefined before
 * its release.
 */
export function statusOn(
  model: CatalogModel,
  at: Date | string = new Date(),
): ModelStatus | undefined {
  const day = dayOf(at);
  if (day < model.releasedOn) return undefined;
  const off = shutdownDay(model);
  if (off !== null && day >= off) return 'shutdown';
  let status: ModelStatus | undefined;
  for (const e of model.lifecycle) if (e.from <= day) status = e.status;
  return status ?? (model.preview ? 'preview' : 'ga');
}

/** True when the model no longer serves on that day (its shutdown day has come). */
export function isRetired(model: CatalogModel, at: Date | string = new Date()): boolean {
  const off = shutdownDay(model);
  return off !== null && dayOf(at) >= off;
}

/** True when the model answers requests on that day (released, not shut down). */
export function servesOn(model: CatalogModel, at: Date | string = new Date()): boolean {
  const s = statusOn(model, at);
  return s !== undefined && s !== 'shutdown';
}

/** The price period in force on a day, or undefined when the catalog has none. */
export function pricePeriodOn(
  model: CatalogModel,
  at: Date | string = new Date(),
): PricePeriod | undefined {
  const day = dayOf(at);
  return model.prices.find(
    (p) => (p.from === undefined || p.from <= day) && (p.until === undefined || day <= p.until),
  );
}

/**
 * The prices of a model on a day.
 * @throws Error when the catalog has no price for that model on that day.
 */
export function pricesOn(model: CatalogModel, at: Date | string = new Date()): PricePeriod {
  const p = pricePeriodOn(model, at);
  if (!p) throw new Error(`${model.id} has no price in the catalog on ${dayOf(at)}`);
  return p;
}

/** Standard input + output price per 1M tokens on a day: what "cheapest" compares. */
export function referencePrice(model: CatalogModel, at: Date | string): number {
  const p = pricesOn(model, at);
  return p.input + p.output;
}

/** The model a tier resolves to on a day, with what was passed over. */
export interface TierResolution {
  model: CatalogModel;
  /** The day resolved against. */
  day: string;
  /** A model of this class shut down within the last 90 days, and what replaced it. */
  retired?: RetiredInfo;
  /** Models of this class that serve that day, cheapest first. */
  candidates: CatalogModel[];
}

const RECENT_SHUTDOWN_DAYS = 90;

/**
 * Resolve a tier on a day by the catalog's stated rule (see `catalog.tierRule`):
 * the cheapest model of the tier's class that serves that day and is not
 * deprecated; a deprecated one only when nothing else of the class serves.
 * Never a model shut down that day.
 * @throws Error when no model of the class serves that day.
 */
export function resolveTier(
  cat: Catalog,
  tier: Tier,
  at: Date | string = new Date(),
): TierResolution {
  const day = dayOf(at);
  const serving = cat.models.filter(
    (m) => m.tier === tier && servesOn(m, day) && pricePeriodOn(m, day) !== undefined,
  );
  if (serving.length === 0) throw new Error(`no ${tier} model serves on ${day} in the catalog`);
  const rank = (m: CatalogModel): [number, number, number, string] => [
    statusOn(m, day) === 'deprecated' ? 1 : 0,
    referencePrice(m, day),
    statusOn(m, day) === 'preview' ? 1 : 0,
    m.releasedOn,
  ];
  const candidates = [...serving].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
    // Newer release first.
    return ra[3] < rb[3] ? 1 : ra[3] > rb[3] ? -1 : 0;
  });
  const model = candidates[0]!;
  const result: TierResolution = { model, day, candidates };
  // The most recent shutdown in this class, if it happened within 90 days.
  let recent: { m: CatalogModel; on: string } | undefined;
  for (const m of cat.models) {
    if (m.tier !== tier) continue;
    const on = shutdownDay(m);
    if (on === null || on > day || daysBetween(on, day) > RECENT_SHUTDOWN_DAYS) continue;
    if (!recent || on > recent.on) recent = { m, on };
  }
  if (recent) {
    const info: RetiredInfo = { model: recent.m.id, on: recent.on };
    if (recent.m.successor) info.successor = recent.m.successor;
    if (recent.m.reroute && recent.m.reroute.from <= day) info.reroutedTo = recent.m.reroute.to;
    result.retired = info;
  }
  return result;
}

/** The model serving `tier` on a day (default: today). See {@link resolveTier}. */
export function modelForTier(
  cat: Catalog,
  tier: Tier,
  at: Date | string = new Date(),
): CatalogModel {
  return resolveTier(cat, tier, at).model;
}

/** Each tier's model on a day. */
export function tierModels(
  cat: Catalog,
  at: Date | string = new Date(),
): Record<Tier, CatalogModel> {
  return Object.fromEntries(TIERS.map((t) => [t, modelForTier(cat, t, at)])) as Record<
    Tier,
    CatalogModel
  >;
}

/**
 * What a request to `id` is answered by on a day: the model itself while it
 * serves; after its shutdown, the model Google re-routes it to (if any).
 */
export function answeringModel(
  cat: Catalog,
  id: string,
  at: Date | string = new Date(),
): CatalogModel | undefined {
  const model = findModel(cat, id);
  if (!model) return undefined;
  const day = dayOf(at);
  if (!isRetired(model, day)) return model;
  if (model.reroute && model.reroute.from <= day) return findModel(cat, model.reroute.to);
  return undefined;
}

/** The newest source date behind a price period. */
export function priceFigureDay(p: PricePeriod): string {
  return p.sources.map(sourceDay).reduce((a, b) => (a > b ? a : b));
}

/** The models a lesson or page names that are shut down on `at`, with what replaced them. */
export function retiredModels(
  cat: Catalog,
  ids: readonly string[],
  at: Date | string = new Date(),
): RetiredInfo[] {
  const out: RetiredInfo[] = [];
  for (const id of ids) {
    const m = findModel(cat, id);
    if (!m || !isRetired(m, at)) continue;
    const info: RetiredInfo = { model: m.id, on: shutdownDay(m)! };
    if (m.successor) info.successor = m.successor;
    if (m.reroute && m.reroute.from <= dayOf(at)) info.reroutedTo = m.reroute.to;
    out.push(info);
  }
  return out;
}
