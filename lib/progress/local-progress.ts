'use client';

import { localList } from '@/lib/shared/local-list';
import { SERVER_SCORED_KINDS, eventKey, isProgressEventKind, type ProgressEvent } from './rewards';

/**
 * A visitor's progress, kept in this browser until they sign in, shared by
 * every tab (lib/shared/local-list.ts).
 */
const STORAGE_KEY = 'stream-progress-v1';

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

const events = localList(STORAGE_KEY, isProgressEvent);

/** Records an event once; a second click, tab or retry changes nothing. */
export function recordLocalEvent(event: ProgressEvent): void {
  const stored = events.read();
  if (stored.some((existing) => eventKey(existing) === eventKey(event))) return;
  events.write([...stored, event]);
}

export function clearLocalProgress(): void {
  events.clear();
}

/** The events stored in this browser (empty during server rendering). */
export function useLocalProgress(): readonly ProgressEvent[] {
  return events.useEntries();
}
