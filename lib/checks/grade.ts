import type { ResolvedCheck } from './types';

/** Longest answer worth reading: a choice id or a number as typed. */
export const MAX_ANSWER_CHARS = 40;

/** How far a typed number may be from the exact one: 1 %, so three significant digits pass. */
const RELATIVE_TOLERANCE = 0.01;

/**
 * A number as a learner types it: "$0.80", "0.8", "1,234.5", "30배", " 0,45 "
 * (a lone comma as the decimal mark). Null when it is not one number.
 */
export function parseNumberAnswer(raw: string): number | null {
  let text = raw
    .trim()
    .replace(/^\$|^US\$|USD$|달러$|배$|번$|x$/giu, '')
    .trim();
  if (/^\d+,\d{1,2}$/.test(text)) text = text.replace(',', '.');
  else text = text.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Whether an answer is right for the check as resolved on its day. */
export function isRightAnswer(check: ResolvedCheck, answer: string): boolean {
  if (check.kind === 'choice') return answer === check.answer;
  const value = parseNumberAnswer(answer);
  if (value === null || typeof check.answer !== 'number') return false;
  return Math.abs(value - check.answer) <= Math.abs(check.answer) * RELATIVE_TOLERANCE;
}
