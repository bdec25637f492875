/**
 * Exact cost arithmetic. Prices are integer micro-dollars per 1M tokens, so a
 * single token costs `rate` pico-dollars (1e-12 USD) and tokens x rate is an
 * exact integer: sums never drift the way float dollars do. Convert to dollars
 * only at the edge (JSON, UI).
 */
import { LONG_PROMPT_THRESHOLD_TOKENS, pricesOn } from './catalog';
import type { CatalogModel } from './types';

/** Token usage of one call. */
export interface Usage {
  /** Prompt tokens billed at the full input rate (NOT counting cached ones). */
  inputTokens: number;
  /** Response tokens (without thinking). */
  outputTokens: number;
  /** Prompt tokens served from a context cache. */
  cachedInputTokens?: number;
  /** Thinking tokens: billed at the output rate. */
  thinkingTokens?: number;
}

/** Pico-dollars per USD. */
export const PICO_PER_USD = 1_000_000_000_000;

function count(name: string, v: number | undefined): number {
  const n = v ?? 0;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${name} must be a non-negative integer (got ${n})`);
  return n;
}

/** Options of {@link costPicoUsd}. */
export interface CostOptions {
  /** Batch API: the model's batch discount off the total. */
  batch?: boolean;
  /** Flex inference: this percentage off the total (the catalog's `serviceTiers.flex`). */
  flexDiscountPercent?: number;
  /** The day whose prices apply (a Date or YYYY-MM-DD); default today (UTC). */
  at?: Date | string;
}

/**
 * Cost of one call in integer pico-dollars, at the model's prices on `at`.
 * The >200K long-context rates apply when the whole prompt (input + cached)
 * is over 200_000 tokens; thinking tokens bill as output; `batch` takes the
 * model's Batch API discount off the total.
 * @throws RangeError on negative/non-integer token counts or if the result is
 *   too large to be exact as a JS number (over ~9,000 USD); Error when the
 *   catalog has no price for the model on that day.
 */
export function costPicoUsd(model: CatalogModel, usage: Usage, options: CostOptions = {}): number {
  const input = count('inputTokens', usage.inputTokens);
  const output = count('outputTokens', usage.outputTokens);
  const cached = count('cachedInputTokens', usage.cachedInputTokens);
  const thinking = count('thinkingTokens', usage.thinkingTokens);
  const p = pricesOn(model, options.at ?? new Date());
  const long = input + cached > LONG_PROMPT_THRESHOLD_TOKENS;
  // Models without long-context rates charge the same price at any length.
  const inRate = long ? (p.inputLong ?? p.input) : p.input;
  const outRate = long ? (p.outputLong ?? p.output) : p.output;
  const cachedRate = long ? (p.cachedInputLong ?? p.cachedInput) : p.cachedInput;
  let total = input * inRate + cached * cachedRate + (output + thinking) * outRate;
  // Catalog rates are multiples of 100 micro-dollars, so the percentages stay
  // exact; rounding only matters for a hand-made catalog with odd rates.
  if (options.batch) total = Math.round((total * (100 - p.batchDiscountPercent)) / 100);
  if (options.flexDiscountPercent !== undefined)
    total = Math.round((total * (100 - options.flexDiscountPercent)) / 100);
  if (!Number.isSafeInteger(total))
    throw new RangeError('cost too large to represent exactly in pico-dollars');
  return total;
}

/** Convert pico-dollars to dollars (for JSON and display only). */
export function picoToUsd(pico: number): number {
  return pico / PICO_PER_USD;
}

/**
 * Format dollars for people: "$0.00625", "$0.0123", "$12.50". Amounts under
 * a dollar keep three significant digits (at least four decimals), so a
 * Flash-Lite call of $0.0000123 does not show as "$0.00".
 */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '$?';
  const sign = usd < 0 ? '-' : '';
  const abs = Math.abs(usd);
  if (abs === 0) return '$0.00';
  if (abs >= 1) {
    return `${sign}$${abs.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  }
  const decimals = Math.min(12, Math.max(4, 2 - Math.floor(Math.log10(abs))));
  return `${sign}$${abs.toFixed(decimals)}`;
}

/** Format a multiple of a baseline: 0.3 -> "0.30x". */
export function formatMultiple(ratio: number): string {
  if (!Number.isFinite(ratio)) return '-';
  return ratio >= 0.1 || ratio === 0 ? `${ratio.toFixed(2)}x` : `${ratio.toFixed(3)}x`;
}

/** A share or probability as a whole percentage: 0.96 -> "96%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
