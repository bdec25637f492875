/**
 * Local, offline prompt classifier (inspect-then-pick without an API call):
 * a softmax regression over hashed character n-grams and structural features,
 * trained by scripts/train-classifier.ts on our own English and Korean prompts.
 */
import { CLASSIFIER_MODEL } from './classifier-model';
import { extractFeatures } from './features';
import { BUCKET_TIER, tierRank } from './tiers';
import type { Bucket, Tier } from './types';
import { BUCKETS } from './types';

/** Result of classifying one prompt. */
export interface Classification {
  bucket: Bucket;
  /** Probability the model gives the chosen bucket (0..1, two decimals). */
  confidence: number;
  reasons: string[];
  /** Probability of each bucket. */
  probabilities: Record<Bucket, number>;
}

const CLASSES = CLASSIFIER_MODEL.classes as readonly Bucket[];
const K = CLASSES.length;
let weights: Int8Array | undefined;

// Decoded lazily: importing the router costs nothing until a prompt is classified.
function loadWeights(): Int8Array {
  if (weights) return weights;
  const bin = CLASSIFIER_MODEL.weights ? atob(CLASSIFIER_MODEL.weights) : '';
  const w = new Int8Array(CLASSIFIER_MODEL.dim * K);
  for (let i = 0; i < bin.length && i < w.length; i++) w[i] = (bin.charCodeAt(i) << 24) >> 24;
  weights = w;
  return w;
}

/** Bucket probabilities for a prompt (softmax over the four buckets). */
export function bucketProbabilities(prompt: string): Record<Bucket, number> {
  const w = loadWeights();
  const logits = CLASSIFIER_MODEL.bias.slice(0, K);
  for (const [idx, v] of extractFeatures(prompt)) {
    const row = idx * K;
    for (let k = 0; k < K; k++)
      logits[k] = (logits[k] ?? 0) + v * (w[row + k] ?? 0) * CLASSIFIER_MODEL.scale;
  }
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const out = { CHAT: 0, CODE: 0, REASON: 0, AGENT: 0 } as Record<Bucket, number>;
  CLASSES.forEach((c, k) => {
    out[c] = (exps[k] ?? 0) / sum;
  });
  return out;
}

const DESCRIBE: Record<Bucket, string> = {
  CHAT: 'everyday writing, conversation or a plain question',
  CODE: 'code or careful structured work',
  REASON: 'multi-step reasoning, math or proof',
  AGENT: 'a multi-step workflow with tools',
};

/**
 * Classify a prompt into CHAT / CODE / REASON / AGENT, offline.
 * When unsure it leans to the more capable tier: it takes the cheapest tier
 * whose risk of being too weak (the probability mass of buckets that need a
 * higher tier) stays under the model's `underRouteRisk`, because sending a
 * hard prompt to a weak model costs more than overpaying for an easy one.
 */
export function classifyPrompt(prompt: string): {
  bucket: Bucket;
  confidence: number;
  reasons: string[];
} {
  return classifyDetailed(prompt);
}

/** {@link classifyPrompt} plus the bucket probabilities. */
export function classifyDetailed(prompt: string): Classification {
  const p = bucketProbabilities(prompt);
  const risk = CLASSIFIER_MODEL.underRouteRisk;
  const argmax = BUCKETS.reduce((a, b) => (p[b] > p[a] ? b : a));
  const tiers: Tier[] = ['flash-lite', 'flash', 'pro'];
  let chosenTier: Tier = 'pro';
  for (const t of tiers) {
    const above = BUCKETS.filter((b) => tierRank(BUCKET_TIER[b]) > tierRank(t)).reduce(
      (s, b) => s + p[b],
      0,
    );
    if (above <= risk) {
      chosenTier = t;
      break;
    }
  }
  // Within the chosen tier take the likeliest bucket (REASON vs AGENT share Pro).
  const inTier = BUCKETS.filter((b) => BUCKET_TIER[b] === chosenTier);
  const bucket = inTier.reduce((a, b) => (p[b] > p[a] ? b : a));
  const confidence = Math.round(p[bucket] * 100) / 100;
  const reasons = [
    `Prompt looks like ${DESCRIBE[bucket]} (${bucket}, confidence ${confidence.toFixed(2)}).`,
  ];
  if (bucket !== argmax) {
    reasons.push(
      `Likeliest was ${argmax} (${p[argmax].toFixed(2)}), but the chance it needs a stronger model was too high: leaning to the more capable one.`,
    );
  }
  return { bucket, confidence, reasons, probabilities: p };
}
