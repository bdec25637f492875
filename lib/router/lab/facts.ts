/**
 * What the lab's conditions read about one prompt, computed once per prompt
 * (classifying is the slow part) so a changed rule re-grades at once.
 */
import { classifyDetailed } from '../classify';
import { estimateTokens } from '../tokens';
import type { Bucket, RouteRequest } from '../types';
import type { Language } from './schema';

export interface PromptFacts {
  needsReasoning: boolean;
  needsTools: boolean;
  contextTokens: number;
  /** The declared budget, or the lesson's default of 10,000 ms. */
  latencyMs: number;
  promptTokens: number;
  language: Language;
  bucket: Bucket;
  /** The classifier's confidence in its bucket, whole percent. */
  confidence: number;
  /** The prompt in lower case, for "contains" conditions. */
  lower: string;
}

const isHangul = (code: number) =>
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0x1100 && code <= 0x11ff) ||
  (code >= 0x3130 && code <= 0x318f);
const isLatin = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Korean when at least a fifth of its letters are Hangul, English when it has Latin letters, else other. */
export function promptLanguage(prompt: string): Language {
  let hangul = 0;
  let latin = 0;
  let other = 0;
  for (const char of prompt) {
    const code = char.codePointAt(0) ?? 0;
    if (isHangul(code)) hangul++;
    else if (isLatin(code)) latin++;
    else if (/\p{L}/u.test(char)) other++;
  }
  const letters = hangul + latin + other;
  if (letters === 0) return 'other';
  if (hangul * 5 >= letters) return 'ko';
  if (latin >= other) return 'en';
  return 'other';
}

export function promptFacts(request: RouteRequest): PromptFacts {
  const classification = classifyDetailed(request.prompt);
  return {
    needsReasoning: request.needsReasoning === true,
    needsTools: request.needsTools === true,
    contextTokens: request.maxContext ?? 0,
    latencyMs: request.latencyBudgetMs ?? 10_000,
    promptTokens: estimateTokens(request.prompt),
    language: promptLanguage(request.prompt),
    bucket: classification.bucket,
    confidence: Math.round(classification.confidence * 100),
    lower: request.prompt.toLowerCase(),
  };
}
