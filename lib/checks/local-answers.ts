'use client';

import { localList } from '@/lib/shared/local-list';

/**
 * A visitor's answers to checks, kept in this browser until sign-in, when
 * they are handed to the server, which grades them again (see
 * mergeLocalAnswers), shared by every tab (lib/shared/local-list.ts).
 */
const STORAGE_KEY = 'stream-check-answers-v1';

export interface LocalCheckAnswer {
  check: string;
  /** The right answer once there is one, else the last try. */
  answer: string;
  /** The catalog day it was graded on. */
  day: string;
  tries: number;
  right: boolean;
}

function isLocalAnswer(value: unknown): value is LocalCheckAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { check, answer, day, tries, right } = value as Record<string, unknown>;
  return (
    typeof check === 'string' &&
    check.length <= 250 &&
    typeof answer === 'string' &&
    answer.length <= 40 &&
    typeof day === 'string' &&
    typeof tries === 'number' &&
    typeof right === 'boolean'
  );
}

const answers = localList(STORAGE_KEY, isLocalAnswer);

/** Notes one graded try; a check once right keeps its right answer. */
export function recordLocalAnswer(check: string, answer: string, day: string, right: boolean) {
  const stored = answers.read();
  const before = stored.find((entry) => entry.check === check);
  if (before?.right) return;
  const entry: LocalCheckAnswer = { check, answer, day, tries: (before?.tries ?? 0) + 1, right };
  answers.write([...stored.filter((other) => other.check !== check), entry]);
}

/** What the merge sends: the answers as the server's schema reads them. */
export function localAnswersForMerge(): {
  check: string;
  answer: string;
  day: string;
  tries: number;
}[] {
  return answers.read().map(({ check, answer, day, tries }) => ({ check, answer, day, tries }));
}

export function clearLocalAnswers(): void {
  answers.clear();
}

export function useLocalAnswers(): readonly LocalCheckAnswer[] {
  return answers.useEntries();
}
