import { beforeEach, describe, expect, it } from 'vitest';
import { localList } from '@/lib/shared/local-list';

// A browser's storage, as much of it as the list touches.
const stored = new Map<string, string>();
beforeEach(() => {
  stored.clear();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    },
  });
});

const isNumber = (value: unknown): value is number => typeof value === 'number';

describe('localList', () => {
  it('keeps what was written, and only entries that pass the check', () => {
    const list = localList('test-list', isNumber);
    list.write([1, 2]);
    expect(list.read()).toEqual([1, 2]);
    stored.set('test-list', JSON.stringify([3, 'four', { five: 5 }, 6]));
    expect(list.read()).toEqual([3, 6]);
  });

  it('reads broken or foreign storage as an empty list, never throws', () => {
    const list = localList('test-list', isNumber);
    for (const raw of ['{', 'null', '"text"', '{"a":1}'])
      expect((stored.set('test-list', raw), list.read())).toEqual([]);
  });

  it('returns the same list until the stored text changes, as useSyncExternalStore needs', () => {
    const list = localList('test-list', isNumber);
    list.write([1]);
    const first = list.read();
    expect(list.read()).toBe(first);
    list.write([1, 2]);
    expect(list.read()).not.toBe(first);
  });

  it('clears', () => {
    const list = localList('test-list', isNumber);
    list.write([1]);
    list.clear();
    expect(list.read()).toEqual([]);
    expect(stored.has('test-list')).toBe(false);
  });

  it('keeps nothing, and does not throw, when storage refuses to write', () => {
    const list = localList('test-list', isNumber);
    Object.assign(globalThis, {
      localStorage: {
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => undefined,
      },
    });
    expect(() => list.write([1])).not.toThrow();
    expect(list.read()).toEqual([]);
  });
});
