import { describe, expect, it } from 'vitest';
import { PROMPT_MAX_CHARS, parseRouteRequest } from '../../../lib/router/validate';

const bad = (input: unknown) => {
  const r = parseRouteRequest(input);
  if (r.ok) throw new Error('expected a validation error');
  return r.error;
};

describe('parseRouteRequest', () => {
  it('accepts a full request and drops unknown fields', () => {
    const r = parseRouteRequest({
      id: 'q1',
      prompt: 'hi',
      needsTools: true,
      needsReasoning: false,
      maxContext: 0,
      latencyBudgetMs: 500,
      strategy: 'rules',
      extra: 1,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'q1',
        prompt: 'hi',
        needsTools: true,
        needsReasoning: false,
        maxContext: 0,
        latencyBudgetMs: 500,
        strategy: 'rules',
      },
    });
  });

  it('rejects a non-object', () => {
    expect(bad(null).error.code).toBe('invalid_request');
    expect(bad([1]).error.code).toBe('invalid_request');
    expect(bad('prompt').error.message).toMatch(/JSON object/);
  });

  it('rejects a missing or non-string prompt', () => {
    expect(bad({}).error).toEqual({
      code: 'invalid_request',
      message: 'prompt is required',
      field: 'prompt',
    });
    expect(bad({ prompt: 42 }).error).toMatchObject({
      field: 'prompt',
      message: 'prompt must be a string',
    });
  });

  it('rejects an empty or whitespace prompt with prompt_empty', () => {
    expect(bad({ prompt: '' }).error.code).toBe('prompt_empty');
    expect(bad({ prompt: ' \n\t ' }).error).toMatchObject({
      code: 'prompt_empty',
      field: 'prompt',
    });
  });

  it('rejects an over-long prompt with prompt_too_long', () => {
    expect(parseRouteRequest({ prompt: 'a'.repeat(PROMPT_MAX_CHARS) }).ok).toBe(true);
    expect(bad({ prompt: 'a'.repeat(PROMPT_MAX_CHARS + 1) }).error).toMatchObject({
      code: 'prompt_too_long',
      field: 'prompt',
    });
  });

  it('rejects non-boolean flags', () => {
    expect(bad({ prompt: 'x', needsTools: 'yes' }).error).toEqual({
      code: 'invalid_request',
      field: 'needsTools',
      message: 'needsTools must be true or false',
    });
    expect(bad({ prompt: 'x', needsReasoning: 1 }).error.field).toBe('needsReasoning');
  });

  it.each([-1, 1.5, Number.POSITIVE_INFINITY, Number.NaN, '100'])('rejects maxContext %s', (v) => {
    expect(bad({ prompt: 'x', maxContext: v }).error).toEqual({
      code: 'invalid_request',
      field: 'maxContext',
      message: 'maxContext must be a non-negative integer',
    });
  });

  it.each([-5, 0.1, Number.NaN])('rejects latencyBudgetMs %s', (v) => {
    expect(bad({ prompt: 'x', latencyBudgetMs: v }).error).toMatchObject({
      field: 'latencyBudgetMs',
      message: 'latencyBudgetMs must be a non-negative integer',
    });
  });

  it('rejects an unknown strategy and keeps the id for matching', () => {
    expect(bad({ id: 'line-7', prompt: 'x', strategy: 'fastest' })).toEqual({
      id: 'line-7',
      error: {
        code: 'invalid_request',
        field: 'strategy',
        message: 'strategy must be one of auto, rules, classify',
      },
    });
  });

  it('rejects a non-string id', () => {
    expect(bad({ id: 7, prompt: 'x' }).error.field).toBe('id');
  });
});
