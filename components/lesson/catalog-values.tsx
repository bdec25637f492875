import { catalog, dayOf, findModel, modelForTier, pricesOn, statusOn } from '@/lib/router/catalog';
import {
  costPicoUsd,
  formatMultiple,
  formatPercent,
  formatUsd,
  picoToUsd,
} from '@/lib/router/cost';
import { exercisePrompts } from '@/lib/router/exercise-prompts';
import { runExercise, strategyComparison } from '@/lib/router/exercise';
import type { CatalogModel, ModelPrices, Tier } from '@/lib/router/types';
import { TIERS } from '@/lib/router/types';
import { TIER_LABEL } from '@/lib/router/tiers';

// Lessons quote models, prices and every figure derived from them through these
// components, so a lesson can never disagree with the catalog the router and
// the playground use. Lesson pages are prerendered: figures are those of the
// catalog on the day the page was built, and the page says which day.

type PriceKind = Exclude<keyof ModelPrices, 'batchDiscountPercent'> | 'cacheStoragePerHour';

/** The catalog day a lesson's figures come from: the day the page is rendered (UTC). */
export function lessonDay(): string {
  return dayOf(new Date());
}

/** A tier's model on the lesson's day, or a model named by id (which must be in the catalog). */
function pick({ tier, model }: { tier?: Tier; model?: string }): CatalogModel {
  if (model !== undefined) {
    const m = findModel(catalog, model);
    if (!m) throw new Error(`lesson names model "${model}", which is not in the catalog`);
    return m;
  }
  if (!tier) throw new Error('a catalog value needs a tier or a model');
  return modelForTier(catalog, tier, lessonDay());
}

/**
 * The day whose prices apply to a model: the lesson's day while the model
 * serves, else its last priced day (a shut-down model keeps its old prices).
 */
function priceDay(m: CatalogModel): string {
  const day = lessonDay();
  if (statusOn(m, day) !== 'shutdown') return day;
  const last = m.prices[m.prices.length - 1]!;
  return last.until ?? last.from ?? m.releasedOn;
}

function perMillionUsd(m: CatalogModel, kind: PriceKind): number {
  const micro = pricesOn(m, priceDay(m))[kind];
  if (micro === undefined) throw new Error(`catalog model ${m.id} has no "${kind}" price`);
  return micro / 1_000_000;
}

/** "$1.25", "$0.125", "$0.01": price in USD per 1M tokens. */
export function formatPerMillion(usd: number): string {
  const decimals = Math.max(2, Math.min(4, (usd.toString().split('.')[1] ?? '').length));
  return `$${usd.toFixed(decimals)}`;
}

function times(ratio: number): string {
  return `${Number(ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1))}x`;
}

interface Pick {
  tier?: Tier;
  /** A model id instead of a tier (e.g. a shut-down model the lesson compares against). */
  model?: string;
}

/** The model id a tier maps to on the lesson's day, e.g. gemini-3.8-flash. */
export function ModelId(props: Pick) {
  return <code>{pick(props).id}</code>;
}

/** A catalog price in USD per 1M tokens (per hour for cacheStoragePerHour); `at` for another day's price. */
export function Price({ kind, at, ...props }: Pick & { kind: PriceKind; at?: string }) {
  const m = pick(props);
  const usd =
    at === undefined ? perMillionUsd(m, kind) : (pricesOn(m, at)[kind] ?? Number.NaN) / 1_000_000;
  if (Number.isNaN(usd)) throw new Error(`catalog model ${m.id} has no "${kind}" price on ${at}`);
  return <span className="whitespace-nowrap">{formatPerMillion(usd)}</span>;
}

/** How many times one price is another's, e.g. Pro output over Flash-Lite output = "30x". */
export function PriceRatio({
  tier,
  model,
  over,
  overModel,
  kind,
}: Pick & { over?: Tier; overModel?: string; kind: PriceKind }) {
  const a = perMillionUsd(pick({ tier, model }), kind);
  const b = perMillionUsd(pick({ tier: over, model: overModel }), kind);
  return <span className="whitespace-nowrap">{times(a / b)}</span>;
}

interface CallUsage {
  input: number;
  output?: number;
  thinking?: number;
  cached?: number;
  /** Through the Batch API (the model's batch discount). */
  batch?: boolean;
}

function callPico(m: CatalogModel, u: CallUsage): number {
  return costPicoUsd(
    m,
    {
      inputTokens: u.input,
      outputTokens: u.output ?? 0,
      thinkingTokens: u.thinking ?? 0,
      cachedInputTokens: u.cached ?? 0,
    },
    { at: priceDay(m), ...(u.batch ? { batch: true } : {}) },
  );
}

/** The cost of one call of this many tokens, e.g. "$0.0252". */
export function CallCost(props: Pick & CallUsage) {
  return (
    <span className="whitespace-nowrap">{formatUsd(picoToUsd(callPico(pick(props), props)))}</span>
  );
}

/** How many times one call costs another: `tier` with its usage over `over` with `overUsage`. */
export function CallCostRatio({
  tier,
  model,
  over,
  overModel,
  usage,
  overUsage,
}: Pick & { over?: Tier; overModel?: string; usage: CallUsage; overUsage: CallUsage }) {
  const a = callPico(pick({ tier, model }), usage);
  const b = callPico(pick({ tier: over, model: overModel }), overUsage);
  return <span className="whitespace-nowrap">{times(a / b)}</span>;
}

/**
 * Explicit-cache break-even in calls per hour: storage per 1M tokens per hour
 * over what each call saves per 1M cached tokens (input - cached input).
 */
export function CacheBreakEven({ long = false, ...props }: Pick & { long?: boolean }) {
  const m = pick(props);
  const storage = perMillionUsd(m, 'cacheStoragePerHour');
  const saved = long
    ? perMillionUsd(m, 'inputLong') - perMillionUsd(m, 'cachedInputLong')
    : perMillionUsd(m, 'input') - perMillionUsd(m, 'cachedInput');
  return <span className="whitespace-nowrap">{(storage / saved).toFixed(1)}</span>;
}

/** The catalog day of this page's figures. */
export function CatalogDay() {
  return <time dateTime={lessonDay()}>{lessonDay()}</time>;
}

/** Each tier's model and prices on the lesson's day. */
export function TierTable() {
  const day = lessonDay();
  return (
    <table>
      <thead>
        <tr>
          <th>tier</th>
          <th>모델</th>
          <th>상태</th>
          <th>input</th>
          <th>output</th>
          <th>cached input</th>
          <th>가격을 읽은 날</th>
        </tr>
      </thead>
      <tbody>
        {TIERS.map((tier) => {
          const m = modelForTier(catalog, tier, day);
          const p = pricesOn(m, day);
          const read = p.sources
            .map((s) => s.pageDate ?? s.readOn)
            .sort()
            .at(-1);
          return (
            <tr key={tier} data-tier={tier}>
              <td>{TIER_LABEL[tier]}</td>
              <td>
                <code>{m.id}</code>
              </td>
              <td>{statusOn(m, day)}</td>
              <td>{formatPerMillion(p.input / 1_000_000)}</td>
              <td>{formatPerMillion(p.output / 1_000_000)}</td>
              <td>{formatPerMillion(p.cachedInput / 1_000_000)}</td>
              <td>
                {read}
                {p.until ? ` (${p.until}까지)` : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * How a lineup change moved the Pro / Flash-Lite price ratio: the named old
 * pair against today's tiers, input and output.
 */
export function LineupShift({ oldPro, oldLite }: { oldPro: string; oldLite: string }) {
  const rows = [
    { pro: pick({ model: oldPro }), lite: pick({ model: oldLite }) },
    { pro: pick({ tier: 'pro' }), lite: pick({ tier: 'flash-lite' }) },
  ];
  return (
    <table>
      <thead>
        <tr>
          <th>Pro</th>
          <th>Flash-Lite</th>
          <th>input 배율</th>
          <th>output 배율</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ pro, lite }) => (
          <tr key={`${pro.id}/${lite.id}`}>
            <td>
              <code>{pro.id}</code> ({formatPerMillion(perMillionUsd(pro, 'input'))} /{' '}
              {formatPerMillion(perMillionUsd(pro, 'output'))})
            </td>
            <td>
              <code>{lite.id}</code> ({formatPerMillion(perMillionUsd(lite, 'input'))} /{' '}
              {formatPerMillion(perMillionUsd(lite, 'output'))})
            </td>
            <td>{times(perMillionUsd(pro, 'input') / perMillionUsd(lite, 'input'))}</td>
            <td>{times(perMillionUsd(pro, 'output') / perMillionUsd(lite, 'output'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type ExerciseFigureName =
  | 'routedMultiple'
  | 'flashLiteMultiple'
  | 'flashMultiple'
  | 'cachedMultiple'
  | 'batchMultiple'
  | 'flexMultiple'
  | 'priorityMultiple'
  | 'proShare'
  | 'flashShare'
  | 'flashLiteShare'
  | 'proCostShare'
  | 'routedTotal'
  | 'proTotal';

const figureCache = new Map<string, Record<ExerciseFigureName, string>>();

/** The 100-prompt exercise on the lesson's day (with the strategies table's 2,000-token shared prefix). */
function exerciseFigures(): Record<ExerciseFigureName, string> {
  const day = lessonDay();
  const cached = figureCache.get(day);
  if (cached) return cached;
  const ex = runExercise(exercisePrompts, { now: day });
  const st = strategyComparison(exercisePrompts, { now: day, sharedPrefixTokens: 2_000 });
  const row = (key: string) => st.rows.find((r) => r.key === key)!;
  const pro = ex.totals.alwaysPro.pico;
  const proDecisions = ex.decisions.filter((d) => d.tier === 'pro');
  const proCost = proDecisions.reduce((s, d) => s + d.costPico.picked, 0);
  const priority = row('routed-priority');
  const figures: Record<ExerciseFigureName, string> = {
    routedMultiple: formatMultiple(ex.multipleOfPro),
    flashLiteMultiple: formatMultiple(ex.totals.alwaysFlashLite.pico / pro),
    flashMultiple: formatMultiple(ex.totals.alwaysFlash.pico / pro),
    cachedMultiple: formatMultiple(row('routed-cached').multipleOfPro),
    batchMultiple: formatMultiple(row('routed-batch').multipleOfPro),
    flexMultiple: formatMultiple(row('routed-flex').multipleOfPro),
    priorityMultiple: `${formatMultiple(priority.multipleOfPro)}–${formatMultiple(priority.multipleOfProMax ?? priority.multipleOfPro)}`,
    proShare: formatPercent(ex.share.pro.share),
    flashShare: formatPercent(ex.share.flash.share),
    flashLiteShare: formatPercent(ex.share['flash-lite'].share),
    proCostShare: formatPercent(ex.totals.router.pico ? proCost / ex.totals.router.pico : 0),
    routedTotal: formatUsd(ex.totals.router.usd),
    proTotal: formatUsd(ex.totals.alwaysPro.usd),
  };
  figureCache.set(day, figures);
  return figures;
}

/** One figure of the 100-prompt exercise, computed from the catalog on the lesson's day. */
export function ExerciseFigure({ name }: { name: ExerciseFigureName }) {
  return <span className="whitespace-nowrap">{exerciseFigures()[name]}</span>;
}

/** What share of one call's cost a part of it is, e.g. the thinking tokens: "57%". */
export function CallCostShare({
  part,
  ...props
}: Pick & CallUsage & { part: 'input' | 'output' | 'thinking' }) {
  const m = pick(props);
  const total = callPico(m, props);
  const only: CallUsage = {
    input: part === 'input' ? props.input : 0,
    output: part === 'output' ? (props.output ?? 0) : 0,
    thinking: part === 'thinking' ? (props.thinking ?? 0) : 0,
  };
  return (
    <span className="whitespace-nowrap">{`${Math.round((100 * callPico(m, only)) / total)}%`}</span>
  );
}

/** How many such calls fit in a budget, e.g. a daily cap of $0.05. */
export function CallsWithin({ usd, ...props }: Pick & CallUsage & { usd: number }) {
  const per = callPico(pick(props), props);
  return <span className="whitespace-nowrap">{Math.floor((usd * 1e12) / per)}</span>;
}

/**
 * A traffic mix against always-Pro, for one request shape: e.g. 50 % Flash-Lite,
 * 30 % Flash, 20 % Pro of 1,000 in / 500 out tokens = "0.30x".
 */
export function MixMultiple({
  lite = 0,
  flash = 0,
  pro = 0,
  input,
  output,
}: {
  lite?: number;
  flash?: number;
  pro?: number;
  input: number;
  output: number;
}) {
  const u = { input, output };
  const cost = (tier: Tier) => callPico(pick({ tier }), u);
  const mix = lite * cost('flash-lite') + flash * cost('flash') + pro * cost('pro');
  return (
    <span className="whitespace-nowrap">
      {formatMultiple(mix / ((lite + flash + pro) * cost('pro')))}
    </span>
  );
}

/** Cached input as a multiple of input for a tier's model: "0.10x". */
export function CachedMultiple(props: Pick) {
  const m = pick(props);
  return (
    <span className="whitespace-nowrap">
      {formatMultiple(perMillionUsd(m, 'cachedInput') / perMillionUsd(m, 'input'))}
    </span>
  );
}

/** The price multiple of Batch, Flex or Priority from the catalog: "0.50x", "1.75x–2.00x". */
export function ServiceMultiple({ service }: { service: 'batch' | 'flex' | 'priority' }) {
  const st = catalog.serviceTiers;
  const text =
    service === 'batch'
      ? formatMultiple(
          (100 - pricesOn(pick({ tier: 'flash' }), lessonDay()).batchDiscountPercent) / 100,
        )
      : service === 'flex'
        ? formatMultiple((100 - st.flex.discountPercent) / 100)
        : `${formatMultiple((100 + st.priority.surchargePercentMin) / 100)}–${formatMultiple((100 + st.priority.surchargePercentMax) / 100)}`;
  return <span className="whitespace-nowrap">{text}</span>;
}

/** Every reading of a model's shutdown date the catalog keeps, with its page and date. */
export function ShutdownReadings({ model }: { model: string }) {
  const m = pick({ model });
  return (
    <ul>
      {m.shutdown.map((r, i) => (
        <li key={i}>
          <strong>{r.on ?? '종료일 발표 없음'}</strong> —{' '}
          <a href={r.source.url}>{r.source.url.replace(/^https:\/\//, '')}</a>
          {r.source.pageDate ? ` (${r.source.pageDate} 무렵의 페이지)` : ''}
          {r.source.via ? (
            <>
              {', '}
              <a href={r.source.via}>인용한 곳</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A model's shutdown day as the newest reading gives it, or "없음". */
export function ShutdownDay({ model }: { model: string }) {
  const m = pick({ model });
  const newest = [...m.shutdown].sort((a, b) =>
    (a.source.pageDate ?? a.source.readOn) < (b.source.pageDate ?? b.source.readOn) ? -1 : 1,
  )[m.shutdown.length - 1]!;
  return <span className="whitespace-nowrap">{newest.on ?? '없음'}</span>;
}

/** The model Google answers a shut-down id with. */
export function ReroutedTo({ model }: { model: string }) {
  const m = pick({ model });
  if (!m.reroute) throw new Error(`catalog has no re-route for ${model}`);
  return <code>{m.reroute.to}</code>;
}

/**
 * One day of an explicit cache against none, for a tier's model or a named one:
 * what the repeated context costs without the cache, with it, and the saving.
 */
export function CacheDayCost({
  tokens,
  callsPerHour,
  hours,
  show,
  ...props
}: Pick & {
  tokens: number;
  callsPerHour: number;
  hours: number;
  show: 'without' | 'with' | 'saving' | 'storagePerHour' | 'withPerHour' | 'withoutPerHour';
}) {
  const m = pick(props);
  const M = 1_000_000;
  const input = perMillionUsd(m, 'input');
  const cached = perMillionUsd(m, 'cachedInput');
  const storage = perMillionUsd(m, 'cacheStoragePerHour');
  const withoutPerHour = (callsPerHour * tokens * input) / M;
  const storagePerHour = (tokens * storage) / M;
  const withPerHour = storagePerHour + (callsPerHour * tokens * cached) / M;
  const without = withoutPerHour * hours;
  const withCache = (tokens * input) / M + withPerHour * hours;
  const values = {
    without: formatUsd(without),
    with: formatUsd(withCache),
    saving: formatPercent(1 - withCache / without),
    storagePerHour: formatUsd(storagePerHour),
    withPerHour: formatUsd(withPerHour),
    withoutPerHour: formatUsd(withoutPerHour),
  };
  return <span className="whitespace-nowrap">{values[show]}</span>;
}

/** A model's lifecycle status on the lesson's day: "preview", "ga", "deprecated" or "shutdown". */
export function ModelStatus(props: Pick) {
  return <code>{statusOn(pick(props), lessonDay()) ?? 'unreleased'}</code>;
}
