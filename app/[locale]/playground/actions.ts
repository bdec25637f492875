'use server';

import { currentUser } from '@/lib/auth';
import { canCallModel } from '@/lib/playground/model-call';
import { recordEvent } from '@/lib/progress/server';
import {
  validateRouteForm,
  valuesFromFormData,
  type RouteFormError,
  type RouteFormField,
  type RouteFormValues,
} from '@/lib/playground/route-form';
import { routePrompt, type Decision } from '@/lib/router';

export type DecideState =
  | { status: 'idle' }
  | {
      status: 'invalid';
      values: RouteFormValues;
      errors: Partial<Record<RouteFormField, RouteFormError>>;
    }
  | {
      status: 'decided';
      values: RouteFormValues;
      decision: Decision;
      canCallModel: boolean;
      decidedAt: number;
    };

/** The playground's "route this prompt": validate, decide offline, and say whether a real call is possible. */
export async function decideAction(_previous: DecideState, form: FormData): Promise<DecideState> {
  const values = valuesFromFormData(form);
  const checked = validateRouteForm(values);
  if (!checked.ok) return { status: 'invalid', values, errors: checked.errors };
  const user = await currentUser();
  if (user) await recordEvent(user.id, { kind: 'playground-first-run', subject: 'playground' });
  return {
    status: 'decided',
    values,
    decision: routePrompt(checked.request),
    canCallModel: canCallModel(),
    decidedAt: Date.now(),
  };
}
