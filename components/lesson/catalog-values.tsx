import { catalog, dayOf, findModel, modelForTier, pricesOn, statusOn } from '@/lib/router/catalog';
import { costPicoUsd, formatMultiple, formatUsd, picoToUsd } from '@/lib/router/cost';
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

/** A catalog price in USD per 1M tokens (per hour for cacheStoragePerHour). */
export function Price({ kind, ...props }: Pick & { kind: PriceKind }) {
  return (
    <span className="whitespace-nowrap">{formatPerMillion(perMillionUsd(pick(props), kind))}</span>
  );
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
    { at: priceDay(m) },
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
          <th>model</th>
          <th>status</th>
          <th>input</th>
          <th>output</th>
          <th>cached input</th>
          <th>price read</th>
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
                {p.until ? ` (until ${p.until})` : ''}
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
          <th>input ratio</th>
          <th>output ratio</th>
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
  const pct = (x: number) => `${Math.round(x * 100)}%`;
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
    proShare: pct(ex.share.pro.share),
    flashShare: pct(ex.share.flash.share),
    flashLiteShare: pct(ex.share['flash-lite'].share),
    proCostShare: pct(ex.totals.router.pico ? proCost / ex.totals.router.pico : 0),
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
