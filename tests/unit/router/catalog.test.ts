import { describe, expect, it } from 'vitest';
import {
  catalog,
  isRetired,
  modelForTier,
  resolveTier,
  validateCatalog,
} from '../../../lib/router/catalog';
import type { Catalog } from '../../../lib/router/types';

const clone = (): Catalog => JSON.parse(JSON.stringify(catalog)) as Catalog;

describe('validateCatalog', () => {
  it('accepts the shipped catalog', () => {
    expect(validateCatalog(clone())).toEqual(catalog);
  });

  it('ships the 2025-10-31 prices as integer micro-dollars per 1M tokens', () => {
    const pro = catalog.models.find((m) => m.id === 'gemini-2.5-pro');
    expect(pro?.prices).toMatchObject({
      input: 1_250_000,
      inputLong: 2_500_000,
      output: 10_000_000,
      outputLong: 15_000_000,
      cachedInput: 125_000,
      cachedInputLong: 250_000,
      batchDiscountPercent: 50,
    });
    expect(catalog.models.every((m) => m.contextWindow === 1_048_576)).toBe(true);
  });

  it('names a bad price', () => {
    const c = clone();
    (c.models[1]!.prices as { input: unknown }).input = -3;
    expect(() => validateCatalog(c)).toThrow(/^models\[1\]\.prices\.input /);
    (c.models[1]!.prices as { input: unknown }).input = 1.5;
    expect(() => validateCatalog(c)).toThrow(/models\[1\]\.prices\.input/);
  });

  it('names an unknown successor', () => {
    const c = clone();
    c.models[2]!.successor = 'gemini-9-ultra';
    expect(() => validateCatalog(c)).toThrow(
      /^models\[2\]\.successor names unknown model "gemini-9-ultra"/,
    );
  });

  it('names a bad date', () => {
    const c = clone();
    c.models[2]!.retiresOn = '2026-02-30';
    expect(() => validateCatalog(c)).toThrow(/^models\[2\]\.retiresOn must be a date/);
    const d = clone();
    d.models[0]!.source.readOn = 'last week';
    expect(() => validateCatalog(d)).toThrow(/^models\[0\]\.source\.readOn/);
  });

  it('names a tier that points nowhere', () => {
    const c = clone();
    c.tiers.flash = 'nope';
    expect(() => validateCatalog(c)).toThrow(/^tiers\.flash /);
  });

  it('rejects a successor loop', () => {
    const c = clone();
    const succ = c.models.find((m) => m.id === 'gemini-3-pro-preview')!;
    succ.successor = 'gemini-2.5-pro';
    expect(() => validateCatalog(c)).toThrow(/loops/);
  });
});

describe('isRetired', () => {
  const pro = catalog.models.find((m) => m.id === 'gemini-2.5-pro')!;
  it('is live the day before the shutdown and retired from the shutdown day on', () => {
    expect(isRetired(pro, new Date('2026-11-30T23:59:59Z'))).toBe(false);
    expect(isRetired(pro, new Date('2026-12-01T00:00:00Z'))).toBe(true);
  });
  it('treats status retired as retired whatever the date', () => {
    expect(
      isRetired({ ...pro, status: 'retired', retiresOn: undefined }, new Date('2020-01-01')),
    ).toBe(true);
  });
});

describe('modelForTier', () => {
  it('maps tiers to the 2.5 models before the shutdown', () => {
    const now = new Date('2026-11-10T12:00:00Z');
    expect(modelForTier(catalog, 'pro', now).id).toBe('gemini-2.5-pro');
    expect(modelForTier(catalog, 'flash', now).id).toBe('gemini-2.5-flash');
    expect(modelForTier(catalog, 'flash-lite', now).id).toBe('gemini-2.5-flash-lite');
  });

  it('follows successors once the 2.5 models are retired', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(modelForTier(catalog, 'pro', now).id).toBe('gemini-3-pro-preview');
    expect(modelForTier(catalog, 'flash', now).id).toBe('gemini-3-flash-preview');
    expect(modelForTier(catalog, 'flash-lite', now).id).toBe('gemini-2.5-flash-lite');
    expect(resolveTier(catalog, 'pro', now).retired).toEqual({
      model: 'gemini-2.5-pro',
      on: '2026-12-01',
      successor: 'gemini-3-pro-preview',
    });
  });

  it('throws when a retired model has no successor', () => {
    const c = clone();
    delete c.models[2]!.successor;
    expect(() => modelForTier(c, 'pro', new Date('2027-01-01'))).toThrow(/no live successor/);
  });
});
