import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROUTE_FORM,
  validateRouteForm,
  valuesFromFormData,
} from '@/lib/playground/route-form';

describe('valuesFromFormData', () => {
  it('reads checkboxes, trims numbers and defaults the strategy to auto', () => {
    const form = new FormData();
    form.set('prompt', ' 프롬프트 ');
    form.set('needsTools', 'on');
    form.set('maxContext', ' 80000 ');
    expect(valuesFromFormData(form)).toEqual({
      prompt: ' 프롬프트 ',
      needsTools: true,
      needsReasoning: false,
      maxContext: '80000',
      latencyBudgetMs: '',
      strategy: 'auto',
    });
  });
});

describe('validateRouteForm', () => {
  it('turns the form into a request, leaving out what was not declared', () => {
    expect(
      validateRouteForm({
        ...EMPTY_ROUTE_FORM,
        prompt: 'hi',
        maxContext: '80000',
        strategy: 'rules',
      }),
    ).toEqual({
      ok: true,
      request: {
        prompt: 'hi',
        needsTools: false,
        needsReasoning: false,
        maxContext: 80_000,
        strategy: 'rules',
      },
    });
  });

  it('reports every wrong field at once', () => {
    expect(
      validateRouteForm({
        ...EMPTY_ROUTE_FORM,
        prompt: '  ',
        maxContext: '-5',
        latencyBudgetMs: 'soon',
        strategy: 'cheapest' as 'auto',
      }),
    ).toEqual({
      ok: false,
      errors: {
        prompt: 'prompt_empty',
        maxContext: 'not_count',
        latencyBudgetMs: 'not_count',
        strategy: 'bad_strategy',
      },
    });
  });

  it('tells an over-long prompt and a too-large number from other mistakes', () => {
    expect(
      validateRouteForm({
        ...EMPTY_ROUTE_FORM,
        prompt: 'x'.repeat(32_001),
        maxContext: '1000000000',
      }),
    ).toEqual({
      ok: false,
      errors: { prompt: 'prompt_too_long', maxContext: 'too_large' },
    });
  });
});
