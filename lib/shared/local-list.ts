import { useSyncExternalStore } from 'react';

/**
 * A list kept in this browser's localStorage under one key, shared by every
 * tab (writes notify this tab's listeners; the storage event tells the
 * others). Entries that do not pass `isEntry` (an older format, a hand-edited
 * value) are dropped on read. Reads are cached by the stored string, so
 * React's useSyncExternalStore sees a stable list until it changes.
 */
export interface LocalList<T> {
  read(): readonly T[];
  write(entries: readonly T[]): void;
  clear(): void;
  /** The entries (empty during server rendering). */
  useEntries(): readonly T[];
}

export function localList<T>(key: string, isEntry: (value: unknown) => value is T): LocalList<T> {
  const empty: readonly T[] = [];
  let cachedRaw: string | null = null;
  let cached: readonly T[] = empty;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  function read(): readonly T[] {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      return empty;
    }
    if (raw === cachedRaw) return cached;
    cachedRaw = raw;
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      cached = Array.isArray(parsed) ? parsed.filter(isEntry) : empty;
    } catch {
      cached = empty;
    }
    return cached;
  }

  function subscribe(onChange: () => void) {
    listeners.add(onChange);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) onChange();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(onChange);
      window.removeEventListener('storage', onStorage);
    };
  }

  return {
    read,
    write(entries) {
      try {
        localStorage.setItem(key, JSON.stringify(entries));
      } catch {
        return; // storage full or blocked: nothing was kept
      }
      notify();
    },
    clear() {
      try {
        localStorage.removeItem(key);
      } catch {
        // nothing stored, nothing to clear
      }
      notify();
    },
    useEntries: () => useSyncExternalStore(subscribe, read, () => empty),
  };
}
