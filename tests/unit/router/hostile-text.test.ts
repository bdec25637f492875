/**
 * Any string is a possible prompt: every function that walks text must finish
 * on arbitrary Unicode (control characters, lone surrogates, every code point,
 * long runs), in time that grows with the length, not without bound. A hang
 * here froze the whole server once (an ASCII control character never advanced
 * the token estimator), so these run over generated inputs, not a list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdownLite } from '../../../lib/community/markdown-lite';
import { parseJsonlRequests, parsePastedPrompts } from '../../../lib/playground/exercise-input';
import { withoutRoutingClaims } from '../../../lib/router/claims';
import { classifyDetailed } from '../../../lib/router/classify';
import { routePrompt } from '../../../lib/router/route';
import { estimateOutputTokens, estimateTokens, tokenFeatures } from '../../../lib/router/tokens';
import { PROMPT_MAX_CHARS, parseRouteRequest } from '../../../lib/router/validate';

/**
 * A bound only a runaway loop breaks, not a busy machine: 250 ms plus 100 us
 * a character (30K characters: 3.25 s; a linear pass takes a few ms).
 */
function budgetMs(length: number): number {
  return 250 + length * 0.1;
}

function finishesInTime<T>(text: string, run: (text: string) => T): T {
  const started = performance.now();
  const result = run(text);
  const elapsed = performance.now() - started;
  if (elapsed > budgetMs(text.length))
    throw new Error(
      `took ${elapsed.toFixed(1)} ms for ${text.length} characters (bound ${budgetMs(text.length)} ms)`,
    );
  return result;
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const asciiControl = fc
  .integer({ min: 0, max: 0x1f })
  .chain((c) => fc.constantFrom(String.fromCharCode(c), String.fromCharCode(0x7f)));
/** Code points from every plane, lone surrogates and control characters mixed. */
const anyUnit = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  loneSurrogate,
  asciiControl,
  fc.constantFrom(' ', '\n', '\t', '\r', '*', '_', '`', '[', ']', '(', ')', 'h', '가', '0'),
);
const hostileText = fc.array(anyUnit, { maxLength: 400 }).map((parts) => parts.join(''));
/** One unit repeated into a long run (where a non-advancing loop or backtracking shows). */
const longRun = fc
  .tuple(anyUnit, fc.integer({ min: 1_000, max: PROMPT_MAX_CHARS }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/**
 * A short phrase of words repeated into a long run ("a a a ...", "the proof
 * the proof ..."): where a pattern that repeats over words backtracks. The
 * words are everyday ones, the router's own vocabulary of claims and the
 * classifier's concepts.
 */
const word = fc.constantFrom(
  'a',
  'the',
  'of',
  'very',
  'hard',
  'full',
  'formal',
  'rigorous',
  'proof',
  'prove',
  'step',
  'by',
  'think',
  'pro',
  'Pro',
  'Gemini',
  'flash',
  'model',
  'requires',
  'use',
  '증명',
  '어려운',
  '문제',
  'модель',
  'x',
  // Words of the classifier's concepts: "how is X related", "O(n log n)", "justify".
  'how',
  'is',
  'related',
  'o(n',
  'log',
  'justify',
);
const separator = fc.constantFrom(' ', '-', '\n', '. ', ', ', '  ');
const wordRun = fc
  .tuple(
    fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 1_000, max: PROMPT_MAX_CHARS }),
  )
  .map(([parts, length]) => {
    const phrase = parts.map(([w, sep]) => w + sep).join('');
    return phrase.repeat(Math.ceil(length / phrase.length)).slice(0, length);
  });

function checkAllWalkers(text: string): void {
  const tokens = finishesInTime(text, estimateTokens);
  expect(Number.isSafeInteger(tokens)).toBe(true);
  expect(tokens).toBeGreaterThanOrEqual(text.length > 0 ? 1 : 0);
  finishesInTime(text, (t) => estimateOutputTokens(t, 'CODE'));
  const features = finishesInTime(text, tokenFeatures);
  for (const value of Object.values(features)) expect(Number.isFinite(value)).toBe(true);
  const classification = finishesInTime(text, classifyDetailed);
  const total = Object.values(classification.probabilities).reduce((a, b) => a + b, 0);
  expect(total).toBeCloseTo(1, 6);
  const parsed = parseRouteRequest({ prompt: text });
  if (parsed.ok) {
    const decision = finishesInTime(text, (t) => routePrompt({ prompt: t }));
    expect(['flash-lite', 'flash', 'pro']).toContain(decision.tier);
    expect(decision.inputTokens).toBe(tokens);
  }
  finishesInTime(text, withoutRoutingClaims);
  finishesInTime(text, parseInline);
  finishesInTime(text, parseMarkdownLite);
  finishesInTime(text, parsePastedPrompts);
  finishesInTime(text, parseJsonlRequests);
}

describe('text walkers on arbitrary Unicode', () => {
  it('finish on mixed code points, surrogates and control characters', () => {
    fc.assert(fc.property(hostileText, checkAllWalkers), { numRuns: 300 });
  });

  it('finish on long runs of one character, up to the longest prompt', () => {
    fc.assert(fc.property(longRun, checkAllWalkers), { numRuns: 40 });
  });

  it('finish on long runs of a few words, up to the longest prompt', () => {
    fc.assert(fc.property(wordRun, checkAllWalkers), { numRuns: 40 });
  });

  it('count each of the 33 ASCII control characters as a token, alone and in a run', () => {
    for (let c = 0; c < 128; c++) {
      if (c >= 32 && c !== 127) continue;
      const char = String.fromCharCode(c);
      expect(finishesInTime(char, estimateTokens), `U+${c.toString(16)}`).toBeGreaterThanOrEqual(
        c === 9 || c === 10 || c === 13 ? 0 : 1,
      );
      finishesInTime(`colour ${char}[31mred${char}[0m `.repeat(500), checkAllWalkers);
    }
  });

  it('finish on every code point from U+0000 to U+10FFFF, in runs', () => {
    const RUN = 4_096;
    for (let start = 0; start <= 0x10ffff; start += RUN) {
      let text = '';
      for (let cp = start; cp < Math.min(start + RUN, 0x110000); cp++)
        // Surrogate code points become lone UTF-16 units, as a broken paste would.
        text += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      const tokens = finishesInTime(text, estimateTokens);
      expect(tokens, `run from U+${start.toString(16)}`).toBeGreaterThan(0);
      finishesInTime(text, (t) => routePrompt({ prompt: t }));
    }
  });
});
