/**
 * Local, offline prompt classifier (inspect-then-pick without an API call):
 * a softmax regression over hashed character n-grams and structural features,
 * trained by scripts/train-classifier.ts on our own English and Korean prompts.
 */
import { withoutRoutingClaims } from './claims';
import { CLASSIFIER_MODEL } from './classifier-model';
import { extractFeatures } from './features';
import { reason, type Reason, type ReasonCode } from './reasons';
import { BUCKET_TIER, tierRank } from './tiers';
import type { Bucket, Tier } from './types';
import { BUCKETS } from './types';

/** Result of classifying one prompt. */
export interface Classification {
  bucket: Bucket;
  /** Probability the model gives the chosen bucket (0..1, two decimals). */
  confidence: number;
  reasons: Reason[];
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

const LOOKS_LIKE: Record<Bucket, ReasonCode> = {
  CHAT: 'classify_chat',
  CODE: 'classify_code',
  REASON: 'classify_reason',
  AGENT: 'classify_agent',
};

/**
 * Classify a prompt into CHAT / CODE / REASON / AGENT, offline.
 * When unsure it leans to the more capable tier: it takes the cheapest tier
 * whose risk of being too weak (the probability mass of buckets that need a
 * higher tier) stays under the model's `underRouteRisk` ({@link tierForRisk}),
 * because sending a hard prompt to a weak model costs more than overpaying for
 * an easy one.
 */
export function classifyPrompt(prompt: string): {
  bucket: Bucket;
  confidence: number;
  reasons: Reason[];
} {
  return classifyDetailed(prompt);
}

/**
 * The classifier reads the prompt in windows of this many characters, each
 * on its own, and the most demanding window decides: a proof or a coding
 * request after pages of chat routes as it would alone. (Features of one
 * window are what the model was trained on: prompts of up to a few thousand
 * characters.)
 */
export const CLASSIFY_WINDOW_CHARS = 4_000;

/**
 * The prompt's windows: the whole prompt when it fits, else consecutive
 * slices, plus the last paragraph on its own (in a long chat, the request
 * usually comes last, and a slice would mix it with pages of talk).
 */
function windowsOf(text: string): string[] {
  if (text.length <= CLASSIFY_WINDOW_CHARS) return [text];
  const count = Math.ceil(text.length / CLASSIFY_WINDOW_CHARS);
  // Equal slices, so the last one is not a few stray characters.
  const size = Math.ceil(text.length / count);
  const out: string[] = [];
  for (let start = 0; start < text.length; start += size) out.push(text.slice(start, start + size));
  const trimmed = text.trimEnd();
  const cut = trimmed.lastIndexOf('\n\n');
  const last = cut >= 0 ? trimmed.slice(cut + 2) : '';
  if (hasWords(last) && last.length < size / 2) out.push(last);
  return out;
}

/** Any letter or digit of any script (emoji, symbols and zero-width characters are not). */
function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * The highest chance of being too weak the router accepts (see {@link tierForRisk}),
 * chosen by cross-validation and kept with the model.
 */
export interface RiskLimits {
  /** At Flash-Lite: the chance the prompt needs any stronger tier. */
  'flash-lite': number;
  /** At Flash-Lite or Flash: the chance the prompt needs Pro. */
  flash: number;
}

/**
 * The tier for bucket probabilities: Pro when the chance the prompt needs Pro
 * is over its limit, else Flash-Lite when the chance it needs more than
 * Flash-Lite is within that tier's limit, else Flash. The Pro limit holds at
 * both cheaper tiers alike, so moving probability from CHAT to CODE can only
 * move a prompt from Flash-Lite to Flash, never to Pro.
 */
export function tierForRisk(p: Record<Bucket, number>, limits: RiskLimits): Tier {
  const needsAbove = (t: Tier): number =>
    BUCKETS.filter((b) => tierRank(BUCKET_TIER[b]) > tierRank(t)).reduce((s, b) => s + p[b], 0);
  if (needsAbove('flash') > limits.flash) return 'pro';
  return needsAbove('flash-lite') <= limits['flash-lite'] ? 'flash-lite' : 'flash';
}

const tierFor = (p: Record<Bucket, number>): Tier =>
  tierForRisk(p, CLASSIFIER_MODEL.underRouteRisk);

/** {@link classifyPrompt} plus the bucket probabilities. */
export function classifyDetailed(prompt: string): Classification {
  // What the prompt says about its own tier carries no weight (see claims.ts).
  const { text, removed } = withoutRoutingClaims(prompt);
  if (!hasWords(text)) {
    // Emoji, symbols or invisible characters only: nothing to reason about or code.
    const p: Record<Bucket, number> = { CHAT: 1, CODE: 0, REASON: 0, AGENT: 0 };
    return {
      bucket: 'CHAT',
      confidence: 1,
      reasons: [reason('classify_chat', { confidence: '1.00' })],
      probabilities: p,
    };
  }
  const windows = windowsOf(text);
  const read = windows.map((window, index) => {
    const p = bucketProbabilities(window);
    return { index, p, tier: tierFor(p) };
  });
  // The first window that asks the most of the model decides.
  const chosen = read.reduce((best, next) =>
    tierRank(next.tier) > tierRank(best.tier) ? next : best,
  );
  const p = chosen.p;
  const argmax = BUCKETS.reduce((a, b) => (p[b] > p[a] ? b : a));
  // Within the chosen tier take the likeliest bucket (REASON vs AGENT share Pro).
  const inTier = BUCKETS.filter((b) => BUCKET_TIER[b] === chosen.tier);
  const bucket = inTier.reduce((a, b) => (p[b] > p[a] ? b : a));
  const confidence = Math.round(p[bucket] * 100) / 100;
  const reasons: Reason[] = [reason(LOOKS_LIKE[bucket], { confidence: confidence.toFixed(2) })];
  if (windows.length > 1)
    reasons.push(reason('classify_windows', { parts: windows.length, part: chosen.index + 1 }));
  if (removed > 0) reasons.push(reason('classify_claims', { count: removed }));
  if (bucket !== argmax)
    reasons.push(reason('classify_leaning', { bucket: argmax, probability: p[argmax].toFixed(2) }));
  return { bucket, confidence, reasons, probabilities: p };
}
