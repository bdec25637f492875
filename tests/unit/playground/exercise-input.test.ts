import { describe, expect, it } from 'vitest';
import {
  MAX_EXERCISE_LINES,
  parseJsonlRequests,
  parsePastedPrompts,
} from '@/lib/playground/exercise-input';

describe('parsePastedPrompts', () => {
  it('takes one prompt per non-blank line, numbered by its line', () => {
    expect(parsePastedPrompts('안녕!\n\n  \nWrite a haiku\r\n')).toEqual({
      ok: true,
      requests: [
        { id: 'line-1', prompt: '안녕!' },
        { id: 'line-4', prompt: 'Write a haiku' },
      ],
    });
  });

  it('refuses nothing, and more than the line cap', () => {
    expect(parsePastedPrompts(' \n\n')).toEqual({ ok: false, error: { code: 'empty' } });
    const many = Array.from({ length: MAX_EXERCISE_LINES + 1 }, (_, i) => `p${i}`).join('\n');
    expect(parsePastedPrompts(many)).toEqual({
      ok: false,
      error: { code: 'too_many', lines: MAX_EXERCISE_LINES + 1 },
    });
  });
});

describe('parseJsonlRequests', () => {
  it('reads requests in the Contracts format and keeps their ids', () => {
    const text = [
      '{"id":"a","prompt":"hi","strategy":"rules"}',
      '{"prompt":"Prove it","needsReasoning":true}',
    ].join('\n');
    expect(parseJsonlRequests(text)).toEqual({
      ok: true,
      requests: [
        { id: 'a', prompt: 'hi', strategy: 'rules' },
        { id: 'line-2', prompt: 'Prove it', needsReasoning: true },
      ],
    });
  });

  it('names the first bad line: not JSON, or not a valid request', () => {
    expect(parseJsonlRequests('{"prompt":"ok"}\nnot json')).toEqual({
      ok: false,
      error: { code: 'bad_line', line: 2, message: 'not valid JSON' },
    });
    expect(parseJsonlRequests('\n{"prompt":"ok","maxContext":-1}')).toEqual({
      ok: false,
      error: { code: 'bad_line', line: 2, message: 'maxContext must be a non-negative integer' },
    });
  });
});
