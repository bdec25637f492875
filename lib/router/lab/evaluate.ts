/**
 * Runs a lab router on one prompt's facts: the first rule whose conditions
 * all hold decides; when none does, the fallback. Text matching is plain
 * indexOf, linear in the prompt: no pattern a learner writes can hang it.
 */
import type { Tier } from '../types';
import type { PromptFacts } from './facts';
import type { Comparison, Condition, LabRouter } from './schema';

export interface LabDecision {
  tier: Tier;
  /** Index of the rule that fired, or -1 for the fallback. */
  rule: number;
}

function compare(left: number, op: Comparison, right: number): boolean {
  if (op === '<') return left < right;
  if (op === '<=') return left <= right;
  if (op === '>') return left > right;
  return left >= right;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_]/u.test(char);

/**
 * Whether `needle` occurs in `haystack` (both lower case). As a `word`, only
 * where the characters on either side are not letters, digits or "_".
 */
export function containsText(
  haystack: string,
  needle: string,
  match: 'substring' | 'word',
): boolean {
  if (needle.length === 0) return false;
  let from = 0;
  while (from <= haystack.length - needle.length) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    if (match === 'substring') return true;
    const before = at > 0 ? haystack[at - 1] : undefined;
    const after = haystack[at + needle.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
  return false;
}

export function conditionHolds(condition: Condition, facts: PromptFacts): boolean {
  switch (condition.kind) {
    case 'needsReasoning':
      return facts.needsReasoning === condition.is;
    case 'needsTools':
      return facts.needsTools === condition.is;
    case 'contextTokens':
    case 'latencyMs':
    case 'promptTokens':
      return compare(facts[condition.kind], condition.op, condition.value);
    case 'language':
      return facts.language === condition.is;
    case 'contains':
      return containsText(facts.lower, condition.text.trim().toLowerCase(), condition.match);
    case 'bucket':
      return facts.bucket === condition.is;
    case 'confidence':
      return compare(facts.confidence, condition.op, condition.value);
  }
}

/** The tier a validated lab router picks for a prompt, and which rule said so. */
export function evaluateLabRouter(router: LabRouter, facts: PromptFacts): LabDecision {
  for (let index = 0; index < router.rules.length; index++) {
    const rule = router.rules[index]!;
    if (rule.conditions.every((condition) => conditionHolds(condition, facts)))
      return { tier: rule.tier, rule: index };
  }
  return { tier: router.fallback, rule: -1 };
}
