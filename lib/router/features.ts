/**
 * Feature extraction shared by the classifier at run time and its trainer, so
 * both see exactly the same hashed features. Character n-grams carry Korean
 * (no word segmentation needed) and survive paraphrase better than keywords;
 * a few structural signals (code fences, math, numbers, questions) add what
 * n-grams see poorly.
 */

/** Number of hash buckets (power of two). */
export const FEATURE_DIM = 1 << 14;

/** 32-bit FNV-1a: tiny, deterministic in every JS engine. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lowercase, unify digits and whitespace so "3 apples" and "7 apples" look alike. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

/** A call such as `f(x)`: a name, "(" and a ")" somewhere after it (found without backtracking). */
function hasCall(raw: string): boolean {
  const open = /[A-Za-z_]\(/.exec(raw);
  return open !== null && raw.indexOf(')', open.index + 2) !== -1;
}

function structural(raw: string): string[] {
  const out: string[] = [];
  const len = raw.length;
  if (/```/.test(raw)) out.push('s:fence');
  const codeChars = (raw.match(/[{}();=<>[\]]/g) ?? []).length;
  if (codeChars / Math.max(1, len) > 0.03) out.push('s:codechars');
  // Every pattern here runs in linear time on any text: no nested or
  // unanchored repetition that backtracks over a long run (a 30K-character
  // prompt of one letter once cost 17 ms here).
  if (/^[ \t]{2,}\S/m.test(raw) && /\n/.test(raw)) out.push('s:indent');
  if (hasCall(raw)) out.push('s:call');
  if (/[a-z]_[a-z]|[a-z][A-Z][a-z]/.test(raw)) out.push('s:identifier');
  if (/[=+\-*/^]\s*\d|\d\s*[=+\-*/^<>]|[√∑∫π≤≥≠±×÷]/.test(raw)) out.push('s:math');
  const numbers = (raw.match(/\d+(?:\.\d+)?/g) ?? []).length;
  if (numbers >= 1) out.push('s:num1');
  if (numbers >= 3) out.push('s:num3');
  if (numbers >= 6) out.push('s:num6');
  if (/[?？]\s*$/.test(raw.trim()) || /까\?|나요|가요|까요|니\?|을까|ㄹ까/.test(raw))
    out.push('s:question');
  if (/[\uac00-\ud7a3]/.test(raw)) out.push('s:hangul');
  if (/\n[ \t]*(?:\d+[.)]|[-*•])\s/.test(raw)) out.push('s:list');
  if (/"[^"]{1,40}"\s*:|\bjson\b|\bcsv\b|\byaml\b/i.test(raw)) out.push('s:format');
  const lenBucket = len < 60 ? 'xs' : len < 160 ? 's' : len < 400 ? 'm' : len < 1200 ? 'l' : 'xl';
  out.push(`s:len_${lenBucket}`);
  return out;
}

const PRIME = 0x01000193;
// Scratch space reused across calls: a dense accumulator plus the list of
// touched slots is several times faster than a Map for thousands of n-grams.
const scratch = new Float64Array(FEATURE_DIM);
const touched: number[] = [];

function bump(idx: number, w: number): void {
  if (scratch[idx] === 0) touched.push(idx);
  scratch[idx] = (scratch[idx] ?? 0) + w;
}

/**
 * Sparse feature vector of a prompt: [hashed index, weight] pairs, L2-normalised.
 * Character 2-4-grams are hashed incrementally (no substring allocation).
 * Expects one window of a prompt (classify.ts slices long prompts); linear in length.
 */
export function extractFeatures(text: string): [number, number][] {
  const raw = text;
  const norm = normalizeText(raw);
  const add = (key: string, w = 1): void => bump(fnv1a(key) & (FEATURE_DIM - 1), w);
  const padded = ` ${norm} `;
  const L = padded.length;
  for (let i = 0; i < L - 1; i++) {
    let h = 0x811c9dc5;
    for (let n = 1; n <= 4 && i + n <= L; n++) {
      h ^= padded.charCodeAt(i + n - 1);
      h = Math.imul(h, PRIME);
      if (n >= 2) {
        // Mix the n-gram length in so "ab" and a 3-gram never share a slot by construction.
        const hn = Math.imul(h ^ (0x100 + n), PRIME) >>> 0;
        bump(hn & (FEATURE_DIM - 1), 1);
      }
    }
  }
  const words = norm.match(/[a-z]+|[\uac00-\ud7a3]+|0/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    add(`w:${words[i]}`);
    if (i + 1 < words.length) add(`b:${words[i]}_${words[i + 1]}`);
  }
  // Structural signals get more weight: one of them says more than one n-gram.
  for (const s of structural(raw)) add(s, 3);
  let norm2 = 0;
  for (const idx of touched) {
    const w = Math.log1p(scratch[idx] ?? 0); // sublinear: a repeated n-gram should not dominate
    scratch[idx] = w;
    norm2 += w * w;
  }
  const inv = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  const out: [number, number][] = [];
  for (const idx of touched) {
    out.push([idx, (scratch[idx] ?? 0) * inv]);
    scratch[idx] = 0;
  }
  touched.length = 0;
  return out;
}
