/**
 * routePrompt: one request in, one decision out, fully offline.
 */
import { catalog as shippedCatalog, dayOf, pricesOn, resolveTier } from './catalog';
import { classifyDetailed } from './classify';
import { costPicoUsd, picoToUsd } from './cost';
import { reason, reasonText, type Reason } from './reasons';
import { CONTEXT_FLASH_TOKENS, LATENCY_FLASH_LITE_MS, routeByRules } from './rules';
import { BUCKET_TIER, TIER_LABEL, maxTier, tierRank } from './tiers';
import { estimateOutputTokens, estimateTokens } from './tokens';
import type {
  Bucket,
  Catalog,
  ClassifierReading,
  CostPico,
  Decision,
  RouteRequest,
  Tier,
  TierOption,
} from './types';
import { BUCKETS, TIERS } from './types';

/** Options shared by routing functions. */
export interface RouteOptions {
  /** Model catalog; default the shipped one. */
  catalog?: Catalog;
  /** The catalog day: which models serve and at what price (a Date or YYYY-MM-DD); default today (UTC). */
  now?: Date | string;
  /**
   * A bucket decided elsewhere, e.g. by asking the cheapest model (the
   * lesson's inspect-then-pick). Used instead of the local classifier; when
   * a model made it (`byModel`), the decision is not `offline`.
   */
  classification?: {
    bucket: Bucket;
    reasons: Reason[];
    byModel?: boolean;
    /** Each bucket's probability, when the local classifier made the classification. */
    probabilities?: Record<Bucket, number>;
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The classifier's reading for the decision: how sure it was, how likely each
 * tier is the one needed, and the likeliest tier besides the decided one.
 */
function classifierReading(
  p: Record<Bucket, number>,
  bucket: Bucket,
  decided: Tier,
): ClassifierReading {
  const perTier: Record<Tier, number> = { 'flash-lite': 0, flash: 0, pro: 0 };
  for (const b of BUCKETS) perTier[BUCKET_TIER[b]] += p[b];
  const others = TIERS.filter((t) => t !== decided);
  const runnerUp = others.reduce((a, b) => (perTier[b] > perTier[a] ? b : a));
  return {
    confidence: round2(p[bucket]),
    tierProbabilities: {
      'flash-lite': round2(perTier['flash-lite']),
      flash: round2(perTier.flash),
      pro: round2(perTier.pro),
    },
    runnerUp: { tier: runnerUp, probability: round2(perTier[runnerUp]) },
  };
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
 * @throws Error only if the catalog cannot serve a tier on that day.
 */
export function routePrompt(req: RouteRequest, options: RouteOptions = {}): Decision {
  const cat = options.catalog ?? shippedCatalog;
  const now = options.now ?? new Date();
  const strategy = req.strategy ?? 'auto';
  const reasons: Reason[] = [];
  let tier: Tier;
  let bucket: Decision['bucket'];
  let probabilities: Record<Bucket, number> | undefined;

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
    probabilities = c.probabilities;
    const classTier = BUCKET_TIER[c.bucket];
    if (strategy === 'classify') {
      tier = classTier;
      reasons.push(
        ...c.reasons,
        reason('bucket_tier', { bucket: c.bucket, tier: TIER_LABEL[classTier] }),
      );
    } else {
      const r = routeByRules(needs);
      const tightLatency =
        req.latencyBudgetMs !== undefined && req.latencyBudgetMs < LATENCY_FLASH_LITE_MS;
      if (tightLatency) {
        tier = 'flash-lite';
        reasons.push(...r.reasons);
        if (classTier !== 'flash-lite') {
          reasons.push(reason('latency_first', { tier: TIER_LABEL[classTier], bucket: c.bucket }));
        }
      } else {
        tier = maxTier(classTier, r.tier);
        const declared =
          req.needsTools || req.needsReasoning || (req.maxContext ?? 0) > CONTEXT_FLASH_TOKENS;
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

  const day = dayOf(now);
  const resolved = resolveTier(cat, tier, day);
  const model = resolved.model;
  const price = pricesOn(model, day);
  const usd = (micro: number) => `$${(micro / 1_000_000).toFixed(micro % 10_000 === 0 ? 2 : 3)}`;
  reasons.push(
    reason('tier_model', {
      day,
      tier: TIER_LABEL[tier],
      model: model.id,
      input: usd(price.input),
      output: usd(price.output),
    }),
  );
  if (resolved.retired) {
    const r = resolved.retired;
    reasons.push(
      r.reroutedTo
        ? reason('model_rerouted', { model: r.model, date: r.on, rerouted: r.reroutedTo })
        : reason('model_retired', { model: r.model, date: r.on, successor: r.successor ?? '—' }),
    );
  }

  const promptTokens = estimateTokens(req.prompt);
  const inputTokens = promptTokens + (req.maxContext ?? 0);
  const estimatedOutputTokens = estimateOutputTokens(req.prompt, bucket ?? 'CHAT', promptTokens);
  if (inputTokens > model.contextWindow) {
    reasons.push(reason('context_window', { tokens: inputTokens, window: model.contextWindow }));
  }

  const usage = { inputTokens, outputTokens: estimatedOutputTokens };
  const at = { at: day };
  // What if: every tier's model that day, priced on the same tokens.
  const tierPico = {} as Record<Tier, number>;
  const tiers = {} as Record<Tier, TierOption>;
  for (const t of TIERS) {
    const option = t === tier ? model : resolveTier(cat, t, day).model;
    tierPico[t] = costPicoUsd(option, usage, at);
    tiers[t] = { model: option.id, costUsd: picoToUsd(tierPico[t]) };
  }
  const costPico: CostPico = {
    picked: tierPico[tier],
    alwaysPro: tierPico.pro,
    alwaysFlash: tierPico.flash,
    alwaysFlashLite: tierPico['flash-lite'],
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
    tiers,
    offline: !options.classification?.byModel || strategy === 'rules',
    at: day,
  };
  if (req.id !== undefined) decision.id = req.id;
  if (bucket !== undefined) decision.bucket = bucket;
  if (resolved.retired) decision.retired = resolved.retired;
  if (probabilities && bucket) decision.classifier = classifierReading(probabilities, bucket, tier);
  // Key order: id first, as in the contract.
  return req.id !== undefined ? { id: req.id, ...decision } : decision;
}
