/**
 * Shared types of the router: the request/decision contracts that the CLI,
 * the JSON API and the playground page all speak, and the catalog shape the
 * lesson components render prices from.
 */
import type { Reason } from './reasons';

/**
 * Capability/price tiers from cheapest to most capable (index order is used
 * to compare tiers). Tiers map to concrete model ids in the catalog.
 */
export const TIERS = ['flash-lite', 'flash', 'pro'] as const;
export type Tier = (typeof TIERS)[number];

/** How a decision is made (the lesson's rules, the prompt classifier, or both), in the order the UI lists them. */
export const STRATEGIES = ['auto', 'rules', 'classify'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** The lesson's inspect-then-pick buckets. */
export const BUCKETS = ['CHAT', 'CODE', 'REASON', 'AGENT'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** One routing request (the contract shared by CLI, API and page). */
export interface RouteRequest {
  id?: string;
  prompt: string;
  needsTools?: boolean;
  needsReasoning?: boolean;
  /** Tokens of context that come with the prompt (documents, history). */
  maxContext?: number;
  latencyBudgetMs?: number;
  /** Default `auto`. */
  strategy?: Strategy;
}

/** Costs in US dollars, for the contract and JSON; computed exactly in pico-dollars first. */
export interface CostUsd {
  picked: number;
  alwaysPro: number;
  alwaysFlashLite: number;
}

/** Exact costs in pico-dollars (1e-12 USD), integers. */
export interface CostPico {
  picked: number;
  alwaysPro: number;
  alwaysFlash: number;
  alwaysFlashLite: number;
}

/**
 * A model of the decision's tier that was shut down within the last 90 days
 * of the decision's day: what replaced it, and what Google now answers with.
 */
export interface RetiredInfo {
  model: string;
  on: string;
  successor?: string;
  /** The model Google answers requests to the old id with, billed at its rates. */
  reroutedTo?: string;
}

/** A routing decision. */
export interface Decision {
  id?: string;
  tier: Tier;
  model: string;
  bucket?: Bucket;
  strategy: Strategy;
  /** Short learner-readable English sentences, most important first. */
  reasons: string[];
  /** The same reasons as codes with parameters, for pages to word in their own language. */
  reasonCodes: Reason[];
  inputTokens: number;
  estimatedOutputTokens: number;
  costUsd: CostUsd;
  /** Exact integer pico-dollars behind `costUsd` (plus the always-Flash baseline). */
  costPico: CostPico;
  /** True when decided locally, without calling a model. */
  offline: boolean;
  /** The catalog day the decision was made and priced on (YYYY-MM-DD, UTC). */
  at: string;
  retired?: RetiredInfo;
  /** What the classifier read (strategies `classify` and `auto`). */
  classifier?: ClassifierReading;
  /** What if: each tier's model that day and its cost for this prompt. */
  tiers: Record<Tier, TierOption>;
}

/** The classifier's view of a prompt, as the decision reports it. */
export interface ClassifierReading {
  /** Probability of the bucket it chose (0..1, two decimals). */
  confidence: number;
  /** Probability that each tier is the one the prompt needs (two decimals). */
  tierProbabilities: Record<Tier, number>;
  /** The likeliest tier other than the decided one, and its probability. */
  runnerUp: { tier: Tier; probability: number };
}

/** One tier as it stands for one prompt: its model that day and the cost. */
export interface TierOption {
  model: string;
  costUsd: number;
}

/** A rejected request: never a stack trace. */
export interface RouteError {
  id?: string;
  error: { code: string; message: string; field?: string };
}

/** Lifecycle status of a model on a given day, as read from Google's pages. */
export type ModelStatus = 'preview' | 'ga' | 'deprecated' | 'shutdown';

/**
 * Prices in integer MICRO-dollars per 1M tokens (USD 1.25 per 1M = 1_250_000).
 * One token then costs `rate` pico-dollars, so tokens x rate is an exact integer.
 * `*Long` apply when the prompt (input incl. cached) is over 200K tokens.
 */
export interface ModelPrices {
  input: number;
  inputLong?: number;
  output: number;
  outputLong?: number;
  cachedInput: number;
  cachedInputLong?: number;
  batchDiscountPercent: number;
}

/**
 * Where and when a figure was read. `readOn` is the day we read it; `pageDate`
 * the day the page (or the copy of it we read) was current, when known. A
 * figure quoted by someone else names the quote in `via`.
 */
export interface SourceRef {
  url: string;
  readOn: string;
  pageDate?: string;
  via?: string;
  note?: string;
}

/** Prices that hold from `from` (inclusive, default: since release) through `until` (inclusive). */
export interface PricePeriod extends ModelPrices {
  from?: string;
  until?: string;
  /** Explicit cache storage, micro-dollars per 1M tokens per hour, when the page gives it. */
  cacheStoragePerHour?: number;
  sources: SourceRef[];
  /** How a figure not printed on the page was derived (e.g. cached = 10 % of input). */
  derived?: string;
}

/** A status that holds from `from` (inclusive) until the next event. */
export interface LifecycleEvent {
  status: Exclude<ModelStatus, 'shutdown'>;
  from: string;
  source: SourceRef;
}

/**
 * One reading of a model's shutdown date. Sources disagree over time, so every
 * reading is kept; the one from the newest page (`pageDate ?? readOn`) counts.
 * `on: null` means the page said no shutdown date was announced.
 */
export interface ShutdownReading {
  on: string | null;
  source: SourceRef;
}

/** After shutdown, Google answers requests to the old id with another model. */
export interface Reroute {
  to: string;
  from: string;
  source: SourceRef;
}

/** One model in the catalog. */
export interface CatalogModel {
  id: string;
  /** The class of model (flash-lite, flash, pro): which tier it can serve. */
  tier: Tier;
  displayName: string;
  releasedOn: string;
  preview?: boolean;
  lifecycle: LifecycleEvent[];
  shutdown: ShutdownReading[];
  /** Google's recommended replacement. */
  successor?: string;
  reroute?: Reroute;
  contextWindow: number;
  /** Where the context window was read (or why it is assumed). */
  contextWindowSource: SourceRef;
  /** Price schedule, oldest first, without gaps or overlaps. */
  prices: PricePeriod[];
  /** Honest caveats about the figures. */
  note?: string;
}

/** Synchronous service tiers and their effect on the standard price. */
export interface ServiceTiers {
  flex: { discountPercent: number; latency: string; source: SourceRef };
  priority: {
    surchargePercentMin: number;
    surchargePercentMax: number;
    latency: string;
    source: SourceRef;
  };
  /** Implicit cache hits: discount on cached input tokens. */
  implicitCacheDiscountPercent: number;
  implicitCacheSource: SourceRef;
}

/** The dated model catalog. */
export interface Catalog {
  version: string;
  /** Day the catalog as a whole was last checked (YYYY-MM-DD). */
  asOf: string;
  /** The rule that picks a tier's model on a day, in words. */
  tierRule: string;
  models: CatalogModel[];
  serviceTiers: ServiceTiers;
}
