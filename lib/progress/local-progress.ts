'use client';

import { useSyncExternalStore } from 'react';
import { SERVER_SCORED_KINDS, eventKey, isProgressEventKind, type ProgressEvent } from './rewards';

/**
 * A visitor's progress, kept in this browser until they sign in. Every tab
 * sees the same list: writes go through localStorage and the storage event.
 */
const STORAGE_KEY = 'stream-progress-v1';
const EMPTY: readonly ProgressEvent[] = [];

let cachedRaw: string | null = null;
let cachedEvents: readonly ProgressEvent[] = EMPTY;
const listeners = new Set<() => void>();

function isProgressEvent(value: unknown): value is ProgressEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, subject } = value as Record<string, unknown>;
  return (
    typeof kind === 'string' &&
    isProgressEventKind(kind) &&
    // Earned only where the server scores it: a browser cannot hold it.
    !SERVER_SCORED_KINDS.has(kind) &&
    typeof subject === 'string' &&
    subject.length <= 200
  );
}

function read(): readonly ProgressEvent[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return EMPTY;
  }
  if (raw === cachedRaw) return cachedEvents;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cachedEvents = Array.isArray(parsed) ? parsed.filter(isProgressEvent) : EMPTY;
  } catch {
    cachedEvents = EMPTY;
  }
  return cachedEvents;
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

/** Records an event once; a second click, tab or retry changes nothing. */
export function recordLocalEvent(event: ProgressEvent): void {
  const events = read();
  if (events.some((existing) => eventKey(existing) === eventKey(event))) return;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...events, event]));
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}

export function clearLocalProgress(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored, nothing to clear
  }
  for (const listener of listeners) listener();
}

/** The events stored in this browser (empty during server rendering). */
export function useLocalProgress(): readonly ProgressEvent[] {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}
