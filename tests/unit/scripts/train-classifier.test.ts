import { statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUCKETS } from '../../../lib/router/types';

const MODEL_FILE = path.resolve(import.meta.dirname, '../../../lib/router/classifier-model.ts');

describe('the classifier trainer', () => {
  it('can be imported without retraining: the shipped model is left as it is', async () => {
    const before = statSync(MODEL_FILE).mtimeMs;
    const { loadTrainingSet } = await import('../../../scripts/train-classifier');
    const set = loadTrainingSet();
    expect(set.length).toBeGreaterThan(1_000);
    for (const b of BUCKETS)
      expect(
        set.some((e) => e.bucket === b),
        b,
      ).toBe(true);
    expect(statSync(MODEL_FILE).mtimeMs).toBe(before);
  });

  it('holds a target by the upper end of its 95% interval, which shrinks towards the rate as prompts add up', async () => {
    const { wilsonUpper } = await import('../../../scripts/train-classifier');
    // 18 misses in 1,000 prompts may well be 2.8% on prompts from elsewhere.
    expect(wilsonUpper(0.018, 1_000)).toBeCloseTo(0.0283, 3);
    expect(wilsonUpper(0, 1_000)).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (rate, n) => {
          const upper = wilsonUpper(rate, n);
          expect(upper).toBeGreaterThanOrEqual(rate - 1e-12);
          expect(upper).toBeLessThanOrEqual(1 + 1e-12);
          expect(wilsonUpper(rate, n * 4)).toBeLessThanOrEqual(upper + 1e-12);
        },
      ),
    );
  });

  it('holds out whole files for the new-style forecast: a file never straddles two folds', async () => {
    const { foldsByFile, loadTrainingSet } = await import('../../../scripts/train-classifier');
    const set = loadTrainingSet();
    const folds = foldsByFile(set);
    const foldOfFile = new Map<string, Set<number>>();
    for (const e of set) {
      const seen = foldOfFile.get(e.file) ?? new Set<number>();
      seen.add(folds.get(e.text) ?? -1);
      foldOfFile.set(e.file, seen);
    }
    for (const [file, seen] of foldOfFile) expect([...seen], file).toHaveLength(1);
    // More than one fold is used, or nothing would be held out.
    expect(new Set(folds.values()).size).toBeGreaterThan(1);
  });
});
