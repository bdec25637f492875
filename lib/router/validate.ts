/**
 * Validation of untrusted routing requests (JSON API, CLI lines, page form).
 * One zod schema; errors come back as values naming the field, never thrown.
 */
import { z } from 'zod';
import { STRATEGIES, type RouteError, type RouteRequest } from './types';

import { MAX_CONTEXT_TOKENS, PROMPT_MAX_CHARS } from './request-limits';

export { MAX_CONTEXT_TOKENS, PROMPT_MAX_CHARS, ROUTE_REQUEST_MAX_BYTES } from './request-limits';

const count = (field: string, max: number) =>
  z
    .number({ error: `${field} must be a non-negative integer` })
    .refine((n) => Number.isSafeInteger(n) && n >= 0, {
      error: `${field} must be a non-negative integer`,
    })
    .refine((n) => n <= max, {
      error: `${field} must be at most ${max.toLocaleString('en-US')}`,
      params: { code: 'too_large' },
    });

const flag = (field: string) => z.boolean({ error: `${field} must be true or false` });

/** The request schema, shared by every edge (unknown fields are dropped). */
export const routeRequestSchema = z.object({
  id: z
    .string({ error: 'id must be a string' })
    .max(200, { error: 'id must be at most 200 characters' })
    .optional(),
  prompt: z
    .string({
      error: (iss) => (iss.input === undefined ? 'prompt is required' : 'prompt must be a string'),
    })
    .refine((s) => s.trim().length > 0, {
      error: 'prompt must not be empty',
      params: { code: 'prompt_empty' },
    })
    .refine((s) => s.length <= PROMPT_MAX_CHARS, {
      error: `prompt must be at most ${PROMPT_MAX_CHARS.toLocaleString('en-US')} characters`,
      params: { code: 'prompt_too_long' },
    }),
  needsTools: flag('needsTools').optional(),
  needsReasoning: flag('needsReasoning').optional(),
  maxContext: count('maxContext', MAX_CONTEXT_TOKENS).optional(),
  latencyBudgetMs: count('latencyBudgetMs', 86_400_000).optional(),
  strategy: z
    .enum(STRATEGIES, { error: `strategy must be one of ${STRATEGIES.join(', ')}` })
    .optional(),
});

/** Build an error object (used by the edges too, e.g. for invalid_json). */
export function routeError(code: string, message: string, field?: string, id?: string): RouteError {
  const err: RouteError = { error: { code, message } };
  if (field !== undefined) err.error.field = field;
  if (id !== undefined) return { id, ...err };
  return err;
}

/**
 * Validate an untrusted value as a {@link RouteRequest}.
 * Codes: `invalid_request` (with `field`), `prompt_empty`, `prompt_too_long`.
 * The error carries the request's `id` when it had a string one, so batch
 * callers can match errors to lines.
 */
export function parseRouteRequest(
  input: unknown,
): { ok: true; value: RouteRequest } | { ok: false; error: RouteError } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: routeError('invalid_request', 'request must be a JSON object') };
  }
  const rawId = (input as { id?: unknown }).id;
  const id = typeof rawId === 'string' && rawId.length <= 200 ? rawId : undefined;
  const parsed = routeRequestSchema.safeParse(input);
  if (parsed.success) {
    const value: RouteRequest = { prompt: parsed.data.prompt };
    // Copy only what was given, so the decision echoes no undefined keys.
    for (const k of [
      'id',
      'needsTools',
      'needsReasoning',
      'maxContext',
      'latencyBudgetMs',
      'strategy',
    ] as const) {
      if (parsed.data[k] !== undefined)
        (value as unknown as Record<string, unknown>)[k] = parsed.data[k];
    }
    return { ok: true, value };
  }
  const issue = parsed.error.issues[0];
  const field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
  const params =
    issue && 'params' in issue ? (issue.params as { code?: string } | undefined) : undefined;
  const code = params?.code ?? 'invalid_request';
  const message = issue?.message ?? 'invalid request';
  return { ok: false, error: routeError(code, message, field, id) };
}
