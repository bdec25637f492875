import { z } from 'zod';
import { isIsoDate } from '@/lib/router/catalog';
import { MAX_ANSWER_CHARS } from './grade';
import { CHECK_ID } from './registry';

/** Most visitor answers a browser can hand over at sign-in (a few per lesson). */
export const MAX_MERGED_ANSWERS = 200;
/** Most tries a visitor can claim for one check (only the first-try share reads it). */
const MAX_TRIES = 1_000;

const checkId = z
  .string({ error: 'check must be a string' })
  .max(250, { error: 'check must be at most 250 characters' })
  .regex(CHECK_ID, { error: 'check must look like <course>/<lesson>/<check>' });

const answer = z
  .string({ error: 'answer must be a string' })
  .trim()
  .min(1, { error: 'answer must not be empty' })
  .max(MAX_ANSWER_CHARS, { error: `answer must be at most ${MAX_ANSWER_CHARS} characters` });

const day = z
  .string({ error: 'day must be a string' })
  .refine(isIsoDate, { error: 'day must be a date YYYY-MM-DD' });

/** One answer to grade, as the lesson page sends it. */
export const answerCheckSchema = z.strictObject({ check: checkId, answer, day });
export type AnswerCheckInput = z.infer<typeof answerCheckSchema>;

/** One check a visitor answered in this browser, handed over at sign-in. */
export const localAnswerSchema = z.strictObject({
  check: checkId,
  answer,
  day,
  tries: z.number({ error: 'tries must be a number' }).int().min(1).max(MAX_TRIES),
});
export type LocalAnswer = z.infer<typeof localAnswerSchema>;

export const localAnswersSchema = z
  .array(z.unknown(), { error: 'answers must be an array' })
  .max(MAX_MERGED_ANSWERS, {
    error: `at most ${MAX_MERGED_ANSWERS} answers can be merged at once`,
  });

/** The first problem of a zod error, as `{ field, message }`; a field nobody asked for is named too. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const path = issue?.path.map(String) ?? [];
  if (issue?.code === 'unrecognized_keys' && issue.keys[0])
    return {
      field: [...path, issue.keys[0]].join('.'),
      message: `unexpected field "${issue.keys[0].slice(0, 40)}"`,
    };
  return { field: path.join('.') || 'input', message: issue?.message ?? 'invalid input' };
}
