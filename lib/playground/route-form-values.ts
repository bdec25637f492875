import type { Strategy } from '@/lib/router/types';

/*
 * The playground form's values and error codes, without the validation
 * schema (route-form.ts), so the form can load before the validation library.
 */

/** What the learner typed, as strings and booleans, so the form can always be shown again as it was. */
export interface RouteFormValues {
  prompt: string;
  needsTools: boolean;
  needsReasoning: boolean;
  maxContext: string;
  latencyBudgetMs: string;
  strategy: Strategy;
}

export type RouteFormField = 'prompt' | 'maxContext' | 'latencyBudgetMs' | 'strategy';

/** Error codes the page turns into messages in the learner's language. */
export type RouteFormError =
  'prompt_empty' | 'prompt_too_long' | 'not_count' | 'too_large' | 'bad_strategy';

export const EMPTY_ROUTE_FORM: RouteFormValues = {
  prompt: '',
  needsTools: false,
  needsReasoning: false,
  maxContext: '',
  latencyBudgetMs: '',
  strategy: 'auto',
};

/** Reads the playground form (FormData from the browser or the server action). */
export function valuesFromFormData(form: FormData): RouteFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const strategy = text('strategy');
  return {
    prompt: text('prompt'),
    needsTools: form.get('needsTools') === 'on',
    needsReasoning: form.get('needsReasoning') === 'on',
    maxContext: text('maxContext').trim(),
    latencyBudgetMs: text('latencyBudgetMs').trim(),
    strategy: (strategy || 'auto') as Strategy,
  };
}
