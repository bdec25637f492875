/**
 * The lesson's SmartRouter, exactly its thresholds and order of checks.
 */
import { reason, type Reason } from './reasons';
import type { Tier } from './types';

/** Declared needs of a request (the lesson's routing inputs). */
export interface Needs {
  needsTools?: boolean;
  needsReasoning?: boolean;
  /** Tokens of context that come with the prompt. */
  maxContext?: number;
  /** The lesson's default is 10_000 ms. */
  latencyBudgetMs?: number;
}

/** Latency budgets strictly under this go to Flash-Lite. */
export const LATENCY_FLASH_LITE_MS = 500;
/** Contexts strictly over this go to Pro. */
export const CONTEXT_PRO_TOKENS = 200_000;
/** Contexts strictly over this go (at least) to Flash. */
export const CONTEXT_FLASH_TOKENS = 50_000;

/**
 * Route by declared needs only, as the lesson's SmartRouter does:
 * latency < 500 ms -> flash-lite; reasoning or context > 200K -> pro;
 * tools or context > 50K -> flash; otherwise flash-lite.
 * The comparisons are strict: 500 ms, 200_000 and 50_000 do not trigger.
 */
export function routeByRules(needs: Needs): { tier: Tier; reasons: Reason[] } {
  const latency = needs.latencyBudgetMs ?? 10_000;
  const context = needs.maxContext ?? 0;
  // Order matters and mirrors the lesson: a tight latency budget wins over everything.
  if (latency < LATENCY_FLASH_LITE_MS) {
    return {
      tier: 'flash-lite',
      reasons: [reason('rules_latency', { latencyMs: latency })],
    };
  }
  if (needs.needsReasoning || context > CONTEXT_PRO_TOKENS) {
    const reasons: Reason[] = [];
    if (needs.needsReasoning) reasons.push(reason('rules_reasoning'));
    if (context > CONTEXT_PRO_TOKENS)
      reasons.push(reason('rules_context_pro', { tokens: context }));
    return { tier: 'pro', reasons };
  }
  if (needs.needsTools || context > CONTEXT_FLASH_TOKENS) {
    const reasons: Reason[] = [];
    if (needs.needsTools) reasons.push(reason('rules_tools'));
    if (context > CONTEXT_FLASH_TOKENS)
      reasons.push(reason('rules_context_flash', { tokens: context }));
    return { tier: 'flash', reasons };
  }
  return {
    tier: 'flash-lite',
    reasons: [reason('rules_default')],
  };
}
