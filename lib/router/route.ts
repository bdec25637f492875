/**
 * routePrompt: one request in, one decision out, fully offline.
 */
import { catalog as shippedCatalog, resolveTier } from './catalog';
import { classifyDetailed } from './classify';
import { costPicoUsd, picoToUsd } from './cost';
import { reason, reasonText, type Reason } from './reasons';
import { routeByRules } from './rules';
import { BUCKET_TIER, TIER_LABEL, maxTier, tierRank } from './tiers';
import { estimateOutputTokens, estimateTokens } from './tokens';
import type { Bucket, Catalog, CostPico, Decision, RouteRequest, Tier } from './types';

/** Options shared by routing functions. */
export interface RouteOptions {
  /** Model catalog; default the shipped one. */
  catalog?: Catalog;
  /** Day to resolve retirements against; default now. */
  now?: Date;
  /**
   * A bucket decided elsewhere, e.g. by asking the cheapest model (the
   * lesson's inspect-then-pick). Used instead of the local classifier; when
   * a model made it (`byModel`), the decision is not `offline`.
   */
  classification?: { bucket: Bucket; reasons: Reason[]; byModel?: boolean };
}

/**
 * Pick the cheapest capable tier for a request and price it against the
 * always-Pro / always-Flash / always-Flash-Lite baselines (same tokens).
 *
 * - `rules`: the lesson's SmartRouter on the declared needs only.
 * - `classify`: the local classifier's bucket (CHAT/CODE/REASON/AGENT) only.
 * - `auto` (default): both, the more demanding tier wins, except that a
 *   declared latency budget under 500 ms always means Flash-Lite.
 *
 * Input tokens = estimateTokens(prompt) + maxContext. Expects a validated
 * request (see parseRouteRequest).
 * @throws Error only if the catalog cannot serve a tier (e.g. a retired model without successor).
 */
export function routePrompt(req: RouteRequest, options: RouteOptions = {}): Decision {
  const cat = options.catalog ?? shippedCatalog;
  const now = options.now ?? new Date();
  const strategy = req.strategy ?? 'auto';
  const reasons: Reason[] = [];
  let tier: Tier;
  let bucket: Decision['bucket'];

  const needs = {
    needsTools: req.needsTools,
    needsReasoning: req.needsReasoning,
    maxContext: req.maxContext,
    latencyBudgetMs: req.latencyBudgetMs,
  };

  if (strategy === 'rules') {
    const r = routeByRules(needs);
    tier = r.tier;
    reasons.push(...r.reasons);
  } else {
    const c = options.classification ?? classifyDetailed(req.prompt);
    bucket = c.bucket;
    const classTier = BUCKET_TIER[c.bucket];
    if (strategy === 'classify') {
      tier = classTier;
      reasons.push(
        ...c.reasons,
        reason('bucket_tier', { bucket: c.bucket, tier: TIER_LABEL[classTier] }),
      );
    } else {
      const r = routeByRules(needs);
      const tightLatency = req.latencyBudgetMs !== undefined && req.latencyBudgetMs < 500;
      if (tightLatency) {
        tier = 'flash-lite';
        reasons.push(...r.reasons);
        if (classTier !== 'flash-lite') {
          reasons.push(reason('latency_first', { tier: TIER_LABEL[classTier], bucket: c.bucket }));
        }
      } else {
        tier = maxTier(classTier, r.tier);
        const declared = req.needsTools || req.needsReasoning || (req.maxContext ?? 0) > 50_000;
        if (tierRank(r.tier) > tierRank(classTier)) {
          // The declared needs decided: say so first, then what the prompt looked like.
          reasons.push(...r.reasons, ...c.reasons);
          reasons.push(reason('needs_ask_more', { tier: TIER_LABEL[tier] }));
        } else {
          reasons.push(...c.reasons);
          if (declared) {
            reasons.push(...r.reasons);
            if (tierRank(classTier) > tierRank(r.tier)) {
              reasons.push(reason('prompt_needs_more', { tier: TIER_LABEL[tier] }));
            }
          } else {
            reasons.push(reason('bucket_tier', { bucket: c.bucket, tier: TIER_LABEL[classTier] }));
          }
        }
      }
    }
  }

  const resolved = resolveTier(cat, tier, now);
  const model = resolved.model;
  if (resolved.retired) {
    reasons.push(
      reason('model_retired', {
        model: resolved.retired.model,
        date: resolved.retired.on,
        successor: model.id,
      }),
    );
  }

  const promptTokens = estimateTokens(req.prompt);
  const inputTokens = promptTokens + (req.maxContext ?? 0);
  const estimatedOutputTokens = estimateOutputTokens(req.prompt, bucket ?? 'CHAT', promptTokens);
  if (inputTokens > model.contextWindow) {
    reasons.push(reason('context_window', { tokens: inputTokens, window: model.contextWindow }));
  }

  const usage = { inputTokens, outputTokens: estimatedOutputTokens };
  const costPico: CostPico = {
    picked: costPicoUsd(model, usage),
    alwaysPro: costPicoUsd(resolveTier(cat, 'pro', now).model, usage),
    alwaysFlash: costPicoUsd(resolveTier(cat, 'flash', now).model, usage),
    alwaysFlashLite: costPicoUsd(resolveTier(cat, 'flash-lite', now).model, usage),
  };

  const decision: Decision = {
    tier,
    model: model.id,
    strategy,
    reasons: reasons.map(reasonText),
    reasonCodes: reasons,
    inputTokens,
    estimatedOutputTokens,
    costUsd: {
      picked: picoToUsd(costPico.picked),
      alwaysPro: picoToUsd(costPico.alwaysPro),
      alwaysFlashLite: picoToUsd(costPico.alwaysFlashLite),
    },
    costPico,
    offline: !options.classification?.byModel || strategy === 'rules',
  };
  if (req.id !== undefined) decision.id = req.id;
  if (bucket !== undefined) decision.bucket = bucket;
  if (resolved.retired) decision.retired = resolved.retired;
  // Key order: id first, as in the contract.
  return req.id !== undefined ? { id: req.id, ...decision } : decision;
}
