/**
 * The router lab's rules as data: an ordered list of rules, each a set of
 * conditions that must all hold and the tier it sends to. Learners compose
 * them in the browser; the server validates them with this schema before it
 * scores anything. No learner code runs anywhere: text conditions are plain
 * substring or whole-word matches, never regular expressions.
 */
import { z } from 'zod';
import type { Bucket, Tier } from '../types';

/** Most rules a router may have. */
export const MAX_RULES = 20;
/** Most conditions in one rule (all must hold). */
export const MAX_CONDITIONS = 4;
/** Longest text a "contains" condition may look for. */
export const MAX_MATCH_CHARS = 60;

export const COMPARISONS = ['<', '<=', '>', '>='] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const LANGUAGES = ['ko', 'en', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Numeric inputs a condition can compare, and the largest value each accepts. */
export const NUMERIC_FIELDS = {
  contextTokens: 2_000_000,
  latencyMs: 600_000,
  promptTokens: 2_000_000,
} as const;
export type NumericField = keyof typeof NUMERIC_FIELDS;

const tier = z.enum(['flash-lite', 'flash', 'pro'] satisfies Tier[]);
const comparison = z.enum(COMPARISONS);

const numeric = (field: NumericField) =>
  z.object({
    kind: z.literal(field),
    op: comparison,
    value: z.number().int().min(0).max(NUMERIC_FIELDS[field]),
  });

export const conditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('needsReasoning'), is: z.boolean() }),
  z.object({ kind: z.literal('needsTools'), is: z.boolean() }),
  numeric('contextTokens'),
  numeric('latencyMs'),
  numeric('promptTokens'),
  z.object({ kind: z.literal('language'), is: z.enum(LANGUAGES) }),
  z.object({
    kind: z.literal('contains'),
    text: z
      .string()
      .max(MAX_MATCH_CHARS)
      .refine((text) => text.trim().length > 0, 'must not be empty'),
    /** `word`: only where the text is not part of a longer word. */
    match: z.enum(['substring', 'word']),
  }),
  z.object({
    kind: z.literal('bucket'),
    is: z.enum(['CHAT', 'CODE', 'REASON', 'AGENT'] satisfies Bucket[]),
  }),
  z.object({
    kind: z.literal('confidence'),
    op: comparison,
    /** Whole percent, 0-100. */
    value: z.number().int().min(0).max(100),
  }),
]);

export const ruleSchema = z.object({
  conditions: z.array(conditionSchema).max(MAX_CONDITIONS),
  tier,
});

export const labRouterSchema = z.object({
  version: z.literal(1),
  rules: z.array(ruleSchema).max(MAX_RULES),
  /** Where a prompt goes when no rule fires. */
  fallback: tier,
});

export type Condition = z.infer<typeof conditionSchema>;
export type ConditionKind = Condition['kind'];
export type LabRule = z.infer<typeof ruleSchema>;
export type LabRouter = z.infer<typeof labRouterSchema>;

export const CONDITION_KINDS: readonly ConditionKind[] = [
  'needsReasoning',
  'needsTools',
  'contextTokens',
  'latencyMs',
  'promptTokens',
  'language',
  'contains',
  'bucket',
  'confidence',
];

/** A problem with a router from outside, naming the field ("rules.2.conditions.0.value"). */
export interface LabRouterProblem {
  field: string;
  message: string;
}

/** Validates a router from outside (the browser, a link, the database). */
export function parseLabRouter(
  input: unknown,
): { ok: true; router: LabRouter } | { ok: false; error: LabRouterProblem } {
  const parsed = labRouterSchema.safeParse(input);
  if (parsed.success) return { ok: true, router: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: {
      field: issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'router',
      message: issue?.message ?? 'invalid router',
    },
  };
}
