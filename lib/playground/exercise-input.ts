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

/**
 * The shared part of both inputs: non-blank lines, at most MAX_EXERCISE_LINES,
 * each turned into a request and validated. The first bad line stops the run
 * and is named, so nothing is half-counted.
 */
function parseLines(
  text: string,
  readLine: (text: string) => { ok: true; value: unknown } | { ok: false; message: string },
): ExerciseInput {
  const lines = text
    .split(/\r?\n/)
    .map((content, index) => ({ line: index + 1, content }))
    .filter((entry) => entry.content.trim() !== '');
  if (lines.length === 0) return { ok: false, error: { code: 'empty' } };
  if (lines.length > MAX_EXERCISE_LINES)
    return { ok: false, error: { code: 'too_many', lines: lines.length } };
  const bad = (line: number, message: string): ExerciseInput => ({
    ok: false,
    error: { code: 'bad_line', line, message },
  });
  const requests: RouteRequest[] = [];
  for (const { line, content } of lines) {
    const read = readLine(content);
    if (!read.ok) return bad(line, read.message);
    const parsed = parseRouteRequest(read.value);
    if (!parsed.ok) return bad(line, parsed.error.error.message);
    requests.push(parsed.value.id ? parsed.value : { id: `line-${line}`, ...parsed.value });
  }
  return { ok: true, requests };
}

/** One prompt per non-blank line. */
export function parsePastedPrompts(text: string): ExerciseInput {
  return parseLines(text, (content) => ({ ok: true, value: { prompt: content } }));
}

/** A JSONL file in the Contracts request format, one request per line. */
export function parseJsonlRequests(text: string): ExerciseInput {
  return parseLines(text, (content) => {
    try {
      return { ok: true, value: JSON.parse(content) as unknown };
    } catch {
      return { ok: false, message: 'not valid JSON' };
    }
  });
}
