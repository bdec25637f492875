/**
 * The dated model catalog: which Gemini model serves each tier, what it costs,
 * when it retires and where each figure was read. Prices and dates are data
 * here and nowhere else, so lessons, the playground and the CLI never disagree.
 */
import type { Catalog, CatalogModel, RetiredInfo, Tier } from './types';
import { TIERS } from './types';

const PRICING_URL = 'https://ai.google.dev/gemini-api/docs/pricing';
const DEPRECATIONS_URL = 'https://ai.google.dev/gemini-api/docs/deprecations';

/** Prompts above this many tokens (input incl. cached) pay the long-context rates. */
export const LONG_PROMPT_THRESHOLD_TOKENS = 200_000;

/**
 * The shipped catalog. Prices are integer micro-dollars per 1M tokens.
 * 2.5 prices: pricing page read 2025-10-31. Shutdown dates: deprecations page
 * read 2026-11-10 (the date moved several times during 2026).
 */
export const catalog: Catalog = {
  version: '2026-11-10',
  asOf: '2026-11-10',
  tiers: {
    'flash-lite': 'gemini-2.5-flash-lite',
    flash: 'gemini-2.5-flash',
    pro: 'gemini-2.5-pro',
  },
  models: [
    {
      id: 'gemini-2.5-flash-lite',
      tier: 'flash-lite',
      displayName: 'Gemini 2.5 Flash-Lite',
      status: 'ga',
      contextWindow: 1_048_576,
      prices: { input: 100_000, output: 400_000, cachedInput: 10_000, batchDiscountPercent: 50 },
      source: { url: PRICING_URL, readOn: '2025-10-31' },
      note: 'Text/image/video input price; audio input is 0.30 USD per 1M. Said to stay after the 2.5 Pro/Flash shutdown (deprecations page read 2026-11-10).',
    },
    {
      id: 'gemini-2.5-flash',
      tier: 'flash',
      displayName: 'Gemini 2.5 Flash',
      status: 'deprecated',
      retiresOn: '2026-12-01',
      successor: 'gemini-3-flash-preview',
      contextWindow: 1_048_576,
      prices: { input: 300_000, output: 2_500_000, cachedInput: 30_000, batchDiscountPercent: 50 },
      source: { url: PRICING_URL, readOn: '2025-10-31' },
      note: `Text/image/video input price; audio input is 1.00 USD per 1M. Shutdown date from ${DEPRECATIONS_URL} read 2026-11-10; it moved several times in 2026.`,
    },
    {
      id: 'gemini-2.5-pro',
      tier: 'pro',
      displayName: 'Gemini 2.5 Pro',
      status: 'deprecated',
      retiresOn: '2026-12-01',
      successor: 'gemini-3-pro-preview',
      contextWindow: 1_048_576,
      prices: {
        input: 1_250_000,
        inputLong: 2_500_000,
        output: 10_000_000,
        outputLong: 15_000_000,
        cachedInput: 125_000,
        cachedInputLong: 250_000,
        batchDiscountPercent: 50,
      },
      source: { url: PRICING_URL, readOn: '2025-10-31' },
      note: `Shutdown date from ${DEPRECATIONS_URL} read 2026-11-10; it moved several times in 2026.`,
    },
    {
      id: 'gemini-3-flash-preview',
      tier: 'flash',
      displayName: 'Gemini 3 Flash (preview)',
      status: 'ga',
      preview: true,
      contextWindow: 1_048_576,
      prices: { input: 500_000, output: 3_000_000, cachedInput: 50_000, batchDiscountPercent: 50 },
      source: { url: PRICING_URL, readOn: '2025-12-17' },
      note: 'PROVISIONAL: launch-time preview prices, not re-read for this catalog; preview prices and limits change. Check the pricing page before quoting.',
    },
    {
      id: 'gemini-3-pro-preview',
      tier: 'pro',
      displayName: 'Gemini 3 Pro (preview)',
      status: 'ga',
      preview: true,
      contextWindow: 1_048_576,
      prices: {
        input: 2_000_000,
        inputLong: 4_000_000,
        output: 12_000_000,
        outputLong: 18_000_000,
        cachedInput: 200_000,
        cachedInputLong: 400_000,
        batchDiscountPercent: 50,
      },
      source: { url: PRICING_URL, readOn: '2025-11-18' },
      note: 'PROVISIONAL: launch-time preview prices, not re-read for this catalog; preview prices and limits change. Check the pricing page before quoting.',
    },
  ],
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  // Round-tripping rejects days like 2026-02-30 that Date would roll over.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function fail(field: string, message: string): never {
  throw new Error(`${field} ${message}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function needString(obj: Record<string, unknown>, key: string, path: string): string {
  const v = obj[key];
  if (typeof v !== 'string' || v.trim() === '')
    fail(`${path}.${key}`, 'must be a non-empty string');
  return v;
}

function needDate(obj: Record<string, unknown>, key: string, path: string): string {
  const v = obj[key];
  if (!isIsoDate(v)) fail(`${path}.${key}`, `must be a date YYYY-MM-DD (got ${JSON.stringify(v)})`);
  return v;
}

function needPrice(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  optional: boolean,
): number | undefined {
  const v = obj[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    fail(
      `${path}.${key}`,
      `must be a non-negative integer of micro-dollars per 1M tokens (got ${JSON.stringify(v)})`,
    );
  }
  return v;
}

/**
 * Check an untrusted catalog (e.g. loaded from JSON) and return it typed.
 * @throws Error whose message starts with the bad field, e.g.
 *   `models[1].prices.input must be a non-negative integer ...`.
 */
export function validateCatalog(input: unknown): Catalog {
  if (!isRecord(input)) fail('catalog', 'must be an object');
  const version = needString(input, 'version', 'catalog');
  const asOf = needDate(input, 'asOf', 'catalog');
  if (!Array.isArray(input.models) || input.models.length === 0)
    fail('catalog.models', 'must be a non-empty array');

  const models: CatalogModel[] = [];
  const ids = new Set<string>();
  input.models.forEach((raw: unknown, i: number) => {
    const path = `models[${i}]`;
    if (!isRecord(raw)) fail(path, 'must be an object');
    const id = needString(raw, 'id', path);
    if (ids.has(id)) fail(`${path}.id`, `duplicates model id "${id}"`);
    ids.add(id);
    const tier = raw.tier;
    if (typeof tier !== 'string' || !(TIERS as readonly string[]).includes(tier)) {
      fail(`${path}.tier`, `must be one of ${TIERS.join(', ')} (got ${JSON.stringify(tier)})`);
    }
    const displayName = needString(raw, 'displayName', path);
    const status = raw.status;
    if (status !== 'ga' && status !== 'deprecated' && status !== 'retired') {
      fail(`${path}.status`, `must be ga, deprecated or retired (got ${JSON.stringify(status)})`);
    }
    const retiresOn = raw.retiresOn === undefined ? undefined : needDate(raw, 'retiresOn', path);
    const successor = raw.successor === undefined ? undefined : needString(raw, 'successor', path);
    if (successor === id) fail(`${path}.successor`, 'must not be the model itself');
    const cw = raw.contextWindow;
    if (typeof cw !== 'number' || !Number.isSafeInteger(cw) || cw <= 0) {
      fail(
        `${path}.contextWindow`,
        `must be a positive integer of tokens (got ${JSON.stringify(cw)})`,
      );
    }
    if (!isRecord(raw.prices)) fail(`${path}.prices`, 'must be an object');
    const pp = `${path}.prices`;
    const p = raw.prices;
    const bd = p.batchDiscountPercent;
    if (typeof bd !== 'number' || !Number.isInteger(bd) || bd < 0 || bd > 100) {
      fail(
        `${pp}.batchDiscountPercent`,
        `must be an integer from 0 to 100 (got ${JSON.stringify(bd)})`,
      );
    }
    const prices: CatalogModel['prices'] = {
      input: needPrice(p, 'input', pp, false) as number,
      output: needPrice(p, 'output', pp, false) as number,
      cachedInput: needPrice(p, 'cachedInput', pp, false) as number,
      batchDiscountPercent: bd,
    };
    const inputLong = needPrice(p, 'inputLong', pp, true);
    const outputLong = needPrice(p, 'outputLong', pp, true);
    const cachedInputLong = needPrice(p, 'cachedInputLong', pp, true);
    if (inputLong !== undefined) prices.inputLong = inputLong;
    if (outputLong !== undefined) prices.outputLong = outputLong;
    if (cachedInputLong !== undefined) prices.cachedInputLong = cachedInputLong;
    if (!isRecord(raw.source)) fail(`${path}.source`, 'must be an object with url and readOn');
    const url = needString(raw.source, 'url', `${path}.source`);
    if (!/^https?:\/\//.test(url)) fail(`${path}.source.url`, 'must be an http(s) URL');
    const readOn = needDate(raw.source, 'readOn', `${path}.source`);

    const model: CatalogModel = {
      id,
      tier: tier as Tier,
      displayName,
      status,
      contextWindow: cw,
      prices,
      source: { url, readOn },
    };
    if (retiresOn !== undefined) model.retiresOn = retiresOn;
    if (successor !== undefined) model.successor = successor;
    if (raw.preview === true) model.preview = true;
    if (typeof raw.note === 'string') model.note = raw.note;
    models.push(model);
  });

  // Successors are checked after all ids are known, so order in the file does not matter.
  models.forEach((m, i) => {
    if (m.successor !== undefined && !ids.has(m.successor)) {
      fail(`models[${i}].successor`, `names unknown model "${m.successor}"`);
    }
  });
  // A successor chain that loops would make modelForTier spin forever.
  for (const m of models) {
    const seen = new Set<string>([m.id]);
    let cur: CatalogModel | undefined = m;
    while (cur?.successor !== undefined) {
      if (seen.has(cur.successor))
        fail(`models[${models.indexOf(m)}].successor`, 'chain loops back on itself');
      seen.add(cur.successor);
      cur = models.find((x) => x.id === cur?.successor);
    }
  }

  if (!isRecord(input.tiers))
    fail('catalog.tiers', 'must map flash-lite, flash and pro to model ids');
  const tiersIn = input.tiers;
  const tiers = {} as Record<Tier, string>;
  for (const t of TIERS) {
    const id = tiersIn[t];
    if (typeof id !== 'string' || !ids.has(id))
      fail(`tiers.${t}`, `must name a model in the catalog (got ${JSON.stringify(id)})`);
    tiers[t] = id;
  }
  return { version, asOf, tiers, models };
}

/** Find a model by id. */
export function findModel(cat: Catalog, id: string): CatalogModel | undefined {
  return cat.models.find((m) => m.id === id);
}

/**
 * True when the model can no longer be called at `now`: status `retired`, or
 * `now` is on or after its shutdown day (UTC midnight of `retiresOn`).
 */
export function isRetired(model: CatalogModel, now: Date): boolean {
  if (model.status === 'retired') return true;
  if (model.retiresOn === undefined) return false;
  return now.getTime() >= Date.parse(`${model.retiresOn}T00:00:00Z`);
}

/** The model a tier resolves to at `now`, plus what was retired on the way. */
export interface TierResolution {
  model: CatalogModel;
  /** The tier's configured model when it had to be replaced. */
  retired?: RetiredInfo;
}

/**
 * Resolve a tier to the model to call at `now`, following `successor` links
 * past retired models, and say which model was retired.
 * @throws Error when the tier's model is unknown, or retired without a live successor.
 */
export function resolveTier(cat: Catalog, tier: Tier, now: Date = new Date()): TierResolution {
  const first = findModel(cat, cat.tiers[tier]);
  if (!first) throw new Error(`tiers.${tier} names unknown model "${cat.tiers[tier]}"`);
  let cur = first;
  const seen = new Set<string>();
  while (isRetired(cur, now)) {
    seen.add(cur.id);
    const next = cur.successor === undefined ? undefined : findModel(cat, cur.successor);
    if (!next || seen.has(next.id)) {
      throw new Error(
        `${cur.id} is retired (${cur.retiresOn ?? 'status retired'}) and has no live successor for tier ${tier}`,
      );
    }
    cur = next;
  }
  if (cur === first) return { model: cur };
  const retired: RetiredInfo = {
    model: first.id,
    on: first.retiresOn ?? cat.asOf,
    successor: cur.id,
  };
  return { model: cur, retired };
}

/**
 * The model serving `tier` at `now` (default: today), following successors of
 * retired models. See {@link resolveTier} for the retirement details.
 */
export function modelForTier(cat: Catalog, tier: Tier, now: Date = new Date()): CatalogModel {
  return resolveTier(cat, tier, now).model;
}
