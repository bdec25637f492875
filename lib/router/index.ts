/**
 * Stream's router: pick the cheapest capable Gemini model for a prompt,
 * offline, and say why and what it costs. Pure TypeScript (no Next, no Node
 * built-ins, no env), shared by the CLI, the JSON API and the playground page.
 */
export type {
  Bucket,
  Catalog,
  CatalogModel,
  CostPico,
  CostUsd,
  Decision,
  ModelPrices,
  ModelStatus,
  RetiredInfo,
  RouteError,
  RouteRequest,
  SourceRef,
  Strategy,
  Tier,
} from './types';
export { BUCKETS, STRATEGIES, TIERS } from './types';
export {
  LONG_PROMPT_THRESHOLD_TOKENS,
  catalog,
  findModel,
  isIsoDate,
  isRetired,
  modelForTier,
  resolveTier,
  validateCatalog,
} from './catalog';
export type { TierResolution } from './catalog';
export { PICO_PER_USD, costPicoUsd, formatMultiple, formatUsd, picoToUsd } from './cost';
export type { Usage } from './cost';
export {
  CONTEXT_FLASH_TOKENS,
  CONTEXT_PRO_TOKENS,
  LATENCY_FLASH_LITE_MS,
  routeByRules,
} from './rules';
export type { Needs } from './rules';
export { BUCKET_TIER, TIER_LABEL, maxTier, tierRank } from './tiers';
export { estimateOutputTokens, estimateTokens } from './tokens';
export {
  CLASSIFY_WINDOW_CHARS,
  bucketProbabilities,
  classifyDetailed,
  classifyPrompt,
} from './classify';
export { withoutRoutingClaims } from './claims';
export { REASON_TEXT_EN, reason, reasonText } from './reasons';
export type { Reason, ReasonCode } from './reasons';
export type { ClaimFilterResult } from './claims';
export type { Classification } from './classify';
export {
  MAX_CONTEXT_TOKENS,
  PROMPT_MAX_CHARS,
  ROUTE_REQUEST_MAX_BYTES,
  parseRouteRequest,
  routeError,
  routeRequestSchema,
} from './validate';
export { routePrompt } from './route';
export type { RouteOptions } from './route';
export { runExercise, strategyComparison, summarizeDecisions } from './exercise';
export type {
  ExerciseOptions,
  ExerciseResult,
  ExerciseSummary,
  Money,
  StrategyOptions,
  StrategyRow,
} from './exercise';
export { exercisePrompts } from './exercise-prompts';
