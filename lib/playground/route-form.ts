import type { z } from 'zod';
import { routeRequestSchema } from '@/lib/router/validate';
import type { RouteRequest } from '@/lib/router/types';
import type { RouteFormError, RouteFormField, RouteFormValues } from './route-form-values';

export {
  EMPTY_ROUTE_FORM,
  valuesFromFormData,
  type RouteFormError,
  type RouteFormField,
  type RouteFormValues,
} from './route-form-values';

// "" means "not declared"; digits become numbers; anything else goes to the
// schema as it is, so its message names the field instead of guessing.
function countOrRaw(value: string): number | string | undefined {
  if (value === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

// The schema tags its own refinements with a code; the words stay in the schema.
function errorCode(field: RouteFormField, issue: z.core.$ZodIssue): RouteFormError {
  const code = issue.code === 'custom' ? issue.params?.code : undefined;
  if (field === 'prompt') return code === 'prompt_too_long' ? 'prompt_too_long' : 'prompt_empty';
  if (field === 'strategy') return 'bad_strategy';
  return code === 'too_large' ? 'too_large' : 'not_count';
}

/**
 * Validates the form with the router's own schema and reports every field
 * that is wrong at once (not just the first).
 */
export function validateRouteForm(
  values: RouteFormValues,
):
  | { ok: true; request: RouteRequest }
  | { ok: false; errors: Partial<Record<RouteFormField, RouteFormError>> } {
  const parsed = routeRequestSchema.safeParse({
    prompt: values.prompt,
    needsTools: values.needsTools,
    needsReasoning: values.needsReasoning,
    maxContext: countOrRaw(values.maxContext),
    latencyBudgetMs: countOrRaw(values.latencyBudgetMs),
    strategy: values.strategy,
  });
  if (parsed.success) {
    const request: RouteRequest = { ...parsed.data };
    for (const key of Object.keys(request) as (keyof RouteRequest)[])
      if (request[key] === undefined) delete request[key];
    return { ok: true, request };
  }
  const errors: Partial<Record<RouteFormField, RouteFormError>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as RouteFormField;
    errors[field] ??= errorCode(field, issue);
  }
  return { ok: false, errors };
}
