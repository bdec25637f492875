/**
 * Shared types of the router: the request/decision contracts that the CLI,
 * the JSON API and the playground page all speak, and the catalog shape the
 * lesson components render prices from.
 */
import type { Reason } from './reasons';

/** A capability/price tier. Tiers map to concrete model ids in the catalog. */
export type Tier = 'flash-lite' | 'flash' | 'pro';

/** How a decision is made: the lesson's rules, the prompt classifier, or both. */
export type Strategy = 'rules' | 'classify' | 'auto';

/** The lesson's inspect-then-pick buckets. */
export type Bucket = 'CHAT' | 'CODE' | 'REASON' | 'AGENT';

/** Tiers from cheapest to most capable; index order is used to compare tiers. */
export const TIERS: readonly Tier[] = ['flash-lite', 'flash', 'pro'] as const;

/** All strategies, in the order the UI lists them. */
export const STRATEGIES: readonly Strategy[] = ['auto', 'rules', 'classify'] as const;

/** All buckets. */
export const BUCKETS: readonly Bucket[] = ['CHAT', 'CODE', 'REASON', 'AGENT'] as const;

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

/** Set when the tier's default model is retired at `now` and its successor was used. */
export interface RetiredInfo {
  model: string;
  on: string;
  successor?: string;
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
  retired?: RetiredInfo;
}

/** A rejected request: never a stack trace. */
export interface RouteError {
  id?: string;
  error: { code: string; message: string; field?: string };
}

/** Lifecycle status of a model as read from Google's pages. */
export type ModelStatus = 'ga' | 'deprecated' | 'retired';

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

/** Where and when a figure was read. */
export interface SourceRef {
  url: string;
  readOn: string;
}

/** One model in the catalog. */
export interface CatalogModel {
  id: string;
  tier: Tier;
  displayName: string;
  status: ModelStatus;
  /** Shutdown day (YYYY-MM-DD, UTC): from this day on the model is retired. */
  retiresOn?: string;
  /** Model id that replaces this one when it retires. */
  successor?: string;
  /** True for preview models (status stays `ga` | `deprecated` | `retired`). */
  preview?: boolean;
  contextWindow: number;
  prices: ModelPrices;
  source: SourceRef;
  /** Honest caveats about the figures (e.g. provisional preview prices). */
  note?: string;
}

/** The dated model catalog. */
export interface Catalog {
  version: string;
  /** Day the catalog as a whole was last checked (YYYY-MM-DD). */
  asOf: string;
  tiers: Record<Tier, string>;
  models: CatalogModel[];
}
