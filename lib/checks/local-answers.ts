'use client';

import { useSyncExternalStore } from 'react';

/**
 * A visitor's answers to checks, kept in this browser until sign-in, when
 * they are handed to the server, which grades them again (see
 * mergeLocalAnswers). Same pattern as local-progress.ts: one list shared by
 * every tab through localStorage and the storage event.
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

const EMPTY: readonly LocalCheckAnswer[] = [];
let cachedRaw: string | null = null;
let cachedAnswers: readonly LocalCheckAnswer[] = EMPTY;
const listeners = new Set<() => void>();

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

function read(): readonly LocalCheckAnswer[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return EMPTY;
  }
  if (raw === cachedRaw) return cachedAnswers;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cachedAnswers = Array.isArray(parsed) ? parsed.filter(isLocalAnswer) : EMPTY;
  } catch {
    cachedAnswers = EMPTY;
  }
  return cachedAnswers;
}

function write(answers: readonly LocalCheckAnswer[]) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(answers));
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** Notes one graded try; a check once right keeps its right answer. */
export function recordLocalAnswer(check: string, answer: string, day: string, right: boolean) {
  const answers = read();
  const before = answers.find((entry) => entry.check === check);
  if (before?.right) return;
  const entry: LocalCheckAnswer = { check, answer, day, tries: (before?.tries ?? 0) + 1, right };
  write([...answers.filter((other) => other.check !== check), entry]);
}

/** What the merge sends: the answers as the server's schema reads them. */
export function localAnswersForMerge(): {
  check: string;
  answer: string;
  day: string;
  tries: number;
}[] {
  return read().map(({ check, answer, day, tries }) => ({ check, answer, day, tries }));
}

export function clearLocalAnswers(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored, nothing to clear
  }
  for (const listener of listeners) listener();
}

export function useLocalAnswers(): readonly LocalCheckAnswer[] {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}
