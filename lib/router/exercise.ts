/**
 * The lesson's exercise: route a batch of prompts, log the model chosen for
 * each, and total the cost against the always-Pro / Flash / Flash-Lite baselines.
 */
import { catalog as shippedCatalog, dayOf, resolveTier } from './catalog';
import { costPicoUsd, picoToUsd } from './cost';
import type { RouteOptions } from './route';
import { routePrompt } from './route';
import type { Decision, RouteRequest, Strategy, Tier } from './types';
import { TIERS } from './types';

/** A total in exact pico-dollars and in dollars. */
export interface Money {
  pico: number;
  usd: number;
}

/** Totals of a batch of decisions (see {@link summarizeDecisions}). */
export interface ExerciseSummary {
  totals: { router: Money; alwaysPro: Money; alwaysFlash: Money; alwaysFlashLite: Money };
  /** How many prompts went to each tier, and their share (0..1). */
  share: Record<Tier, { count: number; share: number }>;
  /** 1 - router / alwaysPro (0..1; negative if routing cost more). */
  savingsVsPro: number;
  /** router / alwaysPro (the lesson's "~0.3x"). */
  multipleOfPro: number;
  inputTokens: number;
  outputTokens: number;
}

/** Outcome of {@link runExercise}: the decisions in order plus their summary. */
export interface ExerciseResult extends ExerciseSummary {
  decisions: Decision[];
}

/** Options of {@link runExercise}. */
export interface ExerciseOptions extends RouteOptions {
  /** Force one strategy for every prompt (default: each request's own, else auto). */
  strategy?: Strategy;
}

const money = (pico: number): Money => ({ pico, usd: picoToUsd(pico) });

/**
 * Route every prompt (in order) and total the costs. Expects validated
 * requests. Totals are sums of exact integer pico-dollars.
 */
export function runExercise(
  prompts: RouteRequest[],
  options: ExerciseOptions = {},
): ExerciseResult {
  const decisions = prompts.map((p) =>
    routePrompt(options.strategy ? { ...p, strategy: options.strategy } : p, options),
  );
  return { decisions, ...summarizeDecisions(decisions) };
}

/**
 * Total a batch of decisions (e.g. routed one by one in the browser with a
 * progress bar): exact pico-dollar sums, tier shares and savings vs always-Pro.
 */
export function summarizeDecisions(decisions: Decision[]): ExerciseSummary {
  let router = 0,
    pro = 0,
    flash = 0,
    lite = 0,
    inTok = 0,
    outTok = 0;
  const counts: Record<Tier, number> = { 'flash-lite': 0, flash: 0, pro: 0 };
  for (const d of decisions) {
    router += d.costPico.picked;
    pro += d.costPico.alwaysPro;
    flash += d.costPico.alwaysFlash;
    lite += d.costPico.alwaysFlashLite;
    inTok += d.inputTokens;
    outTok += d.estimatedOutputTokens;
    counts[d.tier]++;
  }
  const n = decisions.length;
  const share = Object.fromEntries(
    TIERS.map((t) => [t, { count: counts[t], share: n ? counts[t] / n : 0 }]),
  ) as ExerciseSummary['share'];
  return {
    totals: {
      router: money(router),
      alwaysPro: money(pro),
      alwaysFlash: money(flash),
      alwaysFlashLite: money(lite),
    },
    share,
    savingsVsPro: pro ? 1 - router / pro : 0,
    multipleOfPro: pro ? router / pro : 0,
    inputTokens: inTok,
    outputTokens: outTok,
  };
}

/** One row of the strategies table. */
export interface StrategyRow {
  key:
    | 'always-pro'
    | 'routed'
    | 'flash-lite-only'
    | 'routed-cached'
    | 'routed-batch'
    | 'routed-flex'
    | 'routed-priority';
  label: string;
  total: Money;
  /** total / always-Pro total: 1.0 for always-Pro. */
  multipleOfPro: number;
  /** For a range (Priority: +75-100 %), the upper end. */
  totalMax?: Money;
  multipleOfProMax?: number;
  note: string;
}

/** Options of {@link strategyComparison}. */
export interface StrategyOptions extends RouteOptions {
  /**
   * Tokens of a shared prefix (system prompt, document) sent with EVERY prompt
   * in every row; in the cached row it is read from the context cache.
   * Default 0: then only each prompt's declared `maxContext` is cacheable.
   */
  sharedPrefixTokens?: number;
}

/**
 * The lesson's strategies table recomputed for these prompts, all priced
 * from the same catalog with the same token estimates: always Pro, routed,
 * Flash-Lite only, routed with the shared prefix (and declared context) read
 * from cache, and routed through the Batch API.
 */
export function strategyComparison(
  prompts: RouteRequest[],
  options: StrategyOptions = {},
): {
  rows: StrategyRow[];
  prompts: number;
  sharedPrefixTokens: number;
} {
  const cat = options.catalog ?? shippedCatalog;
  const now = dayOf(options.now ?? new Date());
  const prefix = options.sharedPrefixTokens ?? 0;
  if (!Number.isSafeInteger(prefix) || prefix < 0)
    throw new RangeError('sharedPrefixTokens must be a non-negative integer');
  const proModel = resolveTier(cat, 'pro', now).model;
  const liteModel = resolveTier(cat, 'flash-lite', now).model;
  let pro = 0,
    routed = 0,
    lite = 0,
    cached = 0,
    batch = 0,
    flex = 0;
  const tiers = cat.serviceTiers;
  for (const p of prompts) {
    const d = routePrompt(p, { catalog: cat, now });
    const model = cat.models.find((m) => m.id === d.model) ?? proModel;
    const input = d.inputTokens + prefix;
    const usage = { inputTokens: input, outputTokens: d.estimatedOutputTokens };
    const at = { at: now };
    pro += costPicoUsd(proModel, usage, at);
    lite += costPicoUsd(liteModel, usage, at);
    routed += costPicoUsd(model, usage, at);
    batch += costPicoUsd(model, usage, { ...at, batch: true });
    flex += costPicoUsd(model, usage, { ...at, flexDiscountPercent: tiers.flex.discountPercent });
    // The cacheable part: the shared prefix plus the context that came with the prompt.
    const cacheable = prefix + (p.maxContext ?? 0);
    cached += costPicoUsd(
      model,
      {
        inputTokens: input - cacheable,
        cachedInputTokens: cacheable,
        outputTokens: d.estimatedOutputTokens,
      },
      at,
    );
  }
  const row = (
    key: StrategyRow['key'],
    label: string,
    pico: number,
    note: string,
  ): StrategyRow => ({
    key,
    label,
    total: money(pico),
    multipleOfPro: pro ? pico / pro : 0,
    note,
  });
  return {
    prompts: prompts.length,
    sharedPrefixTokens: prefix,
    rows: [
      row('always-pro', 'Always Pro', pro, 'Maximum quality, no cost ceiling.'),
      row('routed', 'Smart routing', routed, 'Each prompt on the cheapest capable model.'),
      row(
        'flash-lite-only',
        'Flash-Lite only',
        lite,
        'High-volume simple work; quality risk on hard prompts.',
      ),
      row(
        'routed-cached',
        'Routed + cached prefix',
        cached,
        'Shared prefix and declared context read from the context cache; cache storage (per hour) not included.',
      ),
      row(
        'routed-batch',
        'Routed via Batch API',
        batch,
        'Asynchronous pipeline: Batch API discount on every call.',
      ),
      row(
        'routed-flex',
        'Routed via Flex',
        flex,
        `Synchronous but sheddable, ${tiers.flex.latency}: ${tiers.flex.discountPercent} % off.`,
      ),
      {
        ...row(
          'routed-priority',
          'Routed via Priority',
          Math.round((routed * (100 + tiers.priority.surchargePercentMin)) / 100),
          `Non-sheddable, ${tiers.priority.latency}: ${tiers.priority.surchargePercentMin}-${tiers.priority.surchargePercentMax} % more than standard.`,
        ),
        totalMax: money(Math.round((routed * (100 + tiers.priority.surchargePercentMax)) / 100)),
        multipleOfProMax: pro
          ? Math.round((routed * (100 + tiers.priority.surchargePercentMax)) / 100) / pro
          : 0,
      },
    ],
  };
}
