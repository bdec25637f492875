import { parseRouteRequest } from '@/lib/router/validate';
import type { RouteRequest } from '@/lib/router/types';

/** The exercise takes at most this many prompts from a paste or an upload. */
export const MAX_EXERCISE_LINES = 1_000;

export type ExerciseInput =
  | { ok: true; requests: RouteRequest[] }
  | {
      ok: false;
      error:
        | { code: 'empty' }
        | { code: 'too_many'; lines: number }
        | { code: 'bad_line'; line: number; message: string };
    };

function nonBlankLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line }))
    .filter((entry) => entry.text.trim() !== '');
}

/** One prompt per non-blank line. */
export function parsePastedPrompts(text: string): ExerciseInput {
  const lines = nonBlankLines(text);
  if (lines.length === 0) return { ok: false, error: { code: 'empty' } };
  if (lines.length > MAX_EXERCISE_LINES)
    return { ok: false, error: { code: 'too_many', lines: lines.length } };
  const requests: RouteRequest[] = [];
  for (const entry of lines) {
    const parsed = parseRouteRequest({ id: `line-${entry.line}`, prompt: entry.text });
    if (!parsed.ok)
      return {
        ok: false,
        error: { code: 'bad_line', line: entry.line, message: parsed.error.error.message },
      };
    requests.push(parsed.value);
  }
  return { ok: true, requests };
}

/**
 * A JSONL file in the Contracts request format, one request per line. The
 * first bad line stops the run and is named, so nothing is half-counted.
 */
export function parseJsonlRequests(text: string): ExerciseInput {
  const lines = nonBlankLines(text);
  if (lines.length === 0) return { ok: false, error: { code: 'empty' } };
  if (lines.length > MAX_EXERCISE_LINES)
    return { ok: false, error: { code: 'too_many', lines: lines.length } };
  const requests: RouteRequest[] = [];
  for (const entry of lines) {
    let json: unknown;
    try {
      json = JSON.parse(entry.text);
    } catch {
      return {
        ok: false,
        error: { code: 'bad_line', line: entry.line, message: 'not valid JSON' },
      };
    }
    const parsed = parseRouteRequest(json);
    if (!parsed.ok)
      return {
        ok: false,
        error: { code: 'bad_line', line: entry.line, message: parsed.error.error.message },
      };
    requests.push(parsed.value.id ? parsed.value : { id: `line-${entry.line}`, ...parsed.value });
  }
  return { ok: true, requests };
}
