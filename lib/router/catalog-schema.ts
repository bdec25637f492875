/**
 * The catalog's schema (zod): shape, dates, sources, and the rules between
 * fields (price periods without gaps or overlaps, known successors, no loops).
 * Kept out of catalog.ts so pages that only read the catalog do not ship zod.
 */
import { z } from 'zod';
import { isIsoDate } from './catalog';
import type { Catalog } from './types';
import { TIERS } from './types';

const day = z.string().refine(isIsoDate, { error: 'must be a date YYYY-MM-DD' });
const micro = z.number().refine((n) => Number.isSafeInteger(n) && n >= 0, {
  error: 'must be a non-negative integer of micro-dollars per 1M tokens',
});
const text = z.string().trim().min(1, { error: 'must be a non-empty string' });
const url = z.string().regex(/^https?:\/\//, { error: 'must be an http(s) URL' });

const source = z.strictObject({
  url,
  readOn: day,
  pageDate: day.optional(),
  via: url.optional(),
  note: text.optional(),
});

const pricePeriod = z.strictObject({
  from: day.optional(),
  until: day.optional(),
  input: micro,
  inputLong: micro.optional(),
  output: micro,
  outputLong: micro.optional(),
  cachedInput: micro,
  cachedInputLong: micro.optional(),
  batchDiscountPercent: z.number().int().min(0).max(100),
  cacheStoragePerHour: micro.optional(),
  sources: z.array(source).min(1, { error: 'must name at least one source' }),
  derived: text.optional(),
});

const model = z.strictObject({
  id: text,
  tier: z.enum(TIERS, {
    error: `must be one of ${TIERS.join(', ')}`,
  }),
  displayName: text,
  releasedOn: day,
  preview: z.boolean().optional(),
  lifecycle: z
    .array(
      z.strictObject({
        status: z.enum(['preview', 'ga', 'deprecated']),
        from: day,
        source,
      }),
    )
    .min(1),
  shutdown: z.array(z.strictObject({ on: day.nullable(), source })).min(1, {
    error: 'must keep at least one reading of the deprecations page',
  }),
  successor: text.optional(),
  reroute: z.strictObject({ to: text, from: day, source }).optional(),
  contextWindow: z.number().int().positive(),
  contextWindowSource: source,
  prices: z.array(pricePeriod).min(1),
  note: text.optional(),
});

const catalogSchema = z.strictObject({
  version: text,
  asOf: day,
  tierRule: text,
  models: z.array(model).min(1),
  serviceTiers: z.strictObject({
    flex: z.strictObject({
      discountPercent: z.number().int().min(0).max(100),
      latency: text,
      source,
    }),
    priority: z.strictObject({
      surchargePercentMin: z.number().int().min(0),
      surchargePercentMax: z.number().int().min(0),
      latency: text,
      source,
    }),
    implicitCacheDiscountPercent: z.number().int().min(0).max(100),
    implicitCacheSource: source,
  }),
});

function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || 'catalog';
}

function fail(field: string, message: string): never {
  throw new Error(`${field} ${message}`);
}

/**
 * Check an untrusted catalog (e.g. loaded from JSON) and return it typed.
 * @throws Error whose message starts with the bad field, e.g.
 *   `models[1].prices[0].input must be a non-negative integer ...`.
 */
export function validateCatalog(input: unknown): Catalog {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(pathOf(issue.path), issue.message);
  }
  const cat = parsed.data as Catalog;
  const ids = new Set<string>();
  cat.models.forEach((m, i) => {
    const at = `models[${i}]`;
    if (ids.has(m.id)) fail(`${at}.id`, `duplicates model id "${m.id}"`);
    ids.add(m.id);
    // Price periods: oldest first, each starting the day after the previous ends.
    m.prices.forEach((p, j) => {
      const pp = `${at}.prices[${j}]`;
      if (p.from && p.until && p.until < p.from) fail(`${pp}.until`, 'is before from');
      if (j === 0 && p.from !== undefined && p.from > m.releasedOn)
        fail(`${pp}.from`, 'leaves the days after release without a price');
      if (j > 0) {
        const prev = m.prices[j - 1]!;
        if (prev.until === undefined) fail(`${pp}`, 'follows a period that never ends');
        if (p.from === undefined) fail(`${pp}.from`, 'is required after the first period');
        const next = new Date(Date.parse(`${prev.until}T00:00:00Z`) + 86_400_000)
          .toISOString()
          .slice(0, 10);
        if (p.from !== next)
          fail(`${pp}.from`, `must be ${next}, the day after the previous period`);
      }
    });
    m.lifecycle.forEach((e, j) => {
      if (j > 0 && e.from < m.lifecycle[j - 1]!.from)
        fail(`${at}.lifecycle[${j}].from`, 'is before the previous event');
    });
    if (m.successor === m.id) fail(`${at}.successor`, 'must not be the model itself');
  });
  cat.models.forEach((m, i) => {
    if (m.successor !== undefined && !ids.has(m.successor))
      fail(`models[${i}].successor`, `names unknown model "${m.successor}"`);
    if (m.reroute && !ids.has(m.reroute.to))
      fail(`models[${i}].reroute.to`, `names unknown model "${m.reroute.to}"`);
  });
  for (const [i, m] of cat.models.entries()) {
    const seen = new Set<string>([m.id]);
    let cur = m.successor;
    while (cur !== undefined) {
      if (seen.has(cur)) fail(`models[${i}].successor`, 'chain loops back on itself');
      seen.add(cur);
      cur = cat.models.find((x) => x.id === cur)?.successor;
    }
  }
  return cat;
}
