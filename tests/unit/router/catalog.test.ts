import { describe, expect, it } from 'vitest';
import {
  answeringModel,
  catalog,
  findModel,
  isRetired,
  modelForTier,
  pricesOn,
  resolveTier,
  shutdownDay,
  statusOn,
  tierModels,
} from '../../../lib/router/catalog';
import { validateCatalog } from '../../../lib/router/catalog-schema';
import { costPicoUsd } from '../../../lib/router/cost';
import type { Catalog, CatalogModel } from '../../../lib/router/types';
import { TIERS } from '../../../lib/router/types';

const clone = (): Catalog => JSON.parse(JSON.stringify(catalog)) as Catalog;
const model = (id: string): CatalogModel => findModel(catalog, id)!;
const idx = (c: Catalog, id: string) => c.models.findIndex((m) => m.id === id);

describe('validateCatalog', () => {
  it('accepts the shipped catalog', () => {
    expect(validateCatalog(clone())).toEqual(catalog);
  });

  it('names a bad price with its path', () => {
    const c = clone();
    const i = idx(c, 'gemini-3.8-flash');
    (c.models[i]!.prices[1] as { input: unknown }).input = -3;
    expect(() => validateCatalog(c)).toThrow(
      new RegExp(`^models\\[${i}\\]\\.prices\\[1\\]\\.input must be a non-negative integer`),
    );
    (c.models[i]!.prices[1] as { input: unknown }).input = 1.5;
    expect(() => validateCatalog(c)).toThrow(/prices\[1\]\.input/);
  });

  it('rejects a price schedule with a gap or an overlap', () => {
    const c = clone();
    const i = idx(c, 'gemini-3.8-flash');
    c.models[i]!.prices[1]!.from = '2027-01-03';
    expect(() => validateCatalog(c)).toThrow(/prices\[1\]\.from must be 2027-01-01/);
    c.models[i]!.prices[1]!.from = '2026-12-31';
    expect(() => validateCatalog(c)).toThrow(/prices\[1\]\.from must be 2027-01-01/);
  });

  it('requires a source for every price', () => {
    const c = clone();
    c.models[0]!.prices[0]!.sources = [];
    expect(() => validateCatalog(c)).toThrow(/^models\[0\]\.prices\[0\]\.sources must name/);
    const d = clone();
    d.models[0]!.prices[0]!.sources[0]!.readOn = 'last week';
    expect(() => validateCatalog(d)).toThrow(/^models\[0\]\.prices\[0\]\.sources\[0\]\.readOn/);
  });

  it('names an unknown successor, a bad date and a successor loop', () => {
    const c = clone();
    c.models[2]!.successor = 'gemini-9-ultra';
    expect(() => validateCatalog(c)).toThrow(
      /^models\[2\]\.successor names unknown model "gemini-9-ultra"/,
    );
    const d = clone();
    d.models[2]!.shutdown[0]!.on = '2026-02-30';
    expect(() => validateCatalog(d)).toThrow(/^models\[2\]\.shutdown\[0\]\.on must be a date/);
    const e = clone();
    e.models[idx(e, 'gemini-3.1-pro-preview')]!.successor = 'gemini-3-pro-preview';
    expect(() => validateCatalog(e)).toThrow(/loops/);
  });
});

describe('the catalog as read on 2026-12-01', () => {
  it('keeps every reading of the 2.5 shutdown date, and the newest page counts', () => {
    const pro = model('gemini-2.5-pro');
    expect(pro.shutdown.map((r) => r.on)).toEqual(['2026-06-17', '2026-10-16', '2026-12-01']);
    expect(shutdownDay(pro)).toBe('2026-12-01');
    expect(shutdownDay(model('gemini-2.5-flash'))).toBe('2026-12-01');
    // The early copy gave 2026-07-22 for Flash-Lite; the 2026-11-10 reading says it stays.
    expect(shutdownDay(model('gemini-2.5-flash-lite'))).toBeNull();
  });

  it('names a source URL and a read day for every price', () => {
    for (const m of catalog.models)
      for (const p of m.prices) {
        expect(p.sources.length).toBeGreaterThan(0);
        for (const s of p.sources) {
          expect(s.url).toMatch(/^https:\/\//);
          expect(s.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
  });

  it('prices 3.8 Flash by date: 0.75 / 3.75 through 2026-12-31, 1.50 / 7.50 from 2027-01-01', () => {
    const f = model('gemini-3.8-flash');
    expect(pricesOn(f, '2026-12-31')).toMatchObject({ input: 750_000, output: 3_750_000 });
    expect(pricesOn(f, '2027-01-01')).toMatchObject({ input: 1_500_000, output: 7_500_000 });
    const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000 };
    expect(costPicoUsd(f, usage, { at: '2026-12-31' })).toBe(4_500_000_000_000);
    expect(costPicoUsd(f, usage, { at: '2027-01-01' })).toBe(9_000_000_000_000);
  });

  it('is shut down from the shutdown day on, not the day before', () => {
    const pro = model('gemini-2.5-pro');
    expect(isRetired(pro, new Date('2026-11-30T23:59:59Z'))).toBe(false);
    expect(isRetired(pro, new Date('2026-12-01T00:00:00Z'))).toBe(true);
    expect(statusOn(pro, '2026-11-30')).toBe('deprecated');
    expect(statusOn(pro, '2026-12-01')).toBe('shutdown');
    expect(statusOn(model('gemini-3-pro-preview'), '2026-03-09')).toBe('shutdown');
    expect(statusOn(model('gemini-3.8-flash'), '2026-09-01')).toBeUndefined();
  });

  it('says what Google answers a shut-down id with', () => {
    expect(answeringModel(catalog, 'gemini-2.5-pro', '2026-12-01')?.id).toBe('gemini-3.8-flash');
    expect(answeringModel(catalog, 'gemini-2.5-flash', '2026-12-01')?.id).toBe(
      'gemini-3.5-flash-lite',
    );
    expect(answeringModel(catalog, 'gemini-2.5-pro', '2026-11-30')?.id).toBe('gemini-2.5-pro');
    expect(answeringModel(catalog, 'gemini-3-pro-preview', '2026-12-01')).toBeUndefined();
  });
});

describe('resolveTier', () => {
  it('on 2026-12-01 picks the cheapest serving model of each class', () => {
    const m = tierModels(catalog, '2026-12-01');
    expect(m['flash-lite'].id).toBe('gemini-2.5-flash-lite');
    expect(m.flash.id).toBe('gemini-3.8-flash');
    expect(m.pro.id).toBe('gemini-3.1-pro-preview');
    expect(resolveTier(catalog, 'pro', '2026-12-01').retired).toEqual({
      model: 'gemini-2.5-pro',
      on: '2026-12-01',
      successor: 'gemini-3.8-flash',
      reroutedTo: 'gemini-3.8-flash',
    });
  });

  it('on 2027-01-02 still picks 3.8 Flash, now at its 1.50 / 7.50 price (3.5 Flash is 1.50 / 9.00)', () => {
    expect(modelForTier(catalog, 'flash', '2027-01-02').id).toBe('gemini-3.8-flash');
  });

  it('never names a model that is shut down on that day, on any day of 2026 and 2027', () => {
    for (let t = Date.parse('2026-01-01'); t <= Date.parse('2027-12-31'); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const tier of TIERS) {
        const m = modelForTier(catalog, tier, day);
        expect(isRetired(m, day), `${tier} on ${day}: ${m.id}`).toBe(false);
        expect(m.tier).toBe(tier);
      }
    }
  });

  it('moves to the next cheapest model when the cheapest one is shut down', () => {
    const c = clone();
    c.models[idx(c, 'gemini-2.5-flash-lite')]!.shutdown.push({
      on: '2027-02-01',
      source: { url: 'https://example.test/deprecations', readOn: '2027-01-15' },
    });
    expect(modelForTier(c, 'flash-lite', '2027-01-31').id).toBe('gemini-2.5-flash-lite');
    expect(modelForTier(c, 'flash-lite', '2027-02-01').id).toBe('gemini-3.5-flash-lite');
  });

  it('throws when no model of the class serves', () => {
    const c = clone();
    c.models = c.models.filter((m) => m.tier !== 'pro');
    expect(() => modelForTier(c, 'pro', '2026-12-01')).toThrow(/no pro model serves on 2026-12-01/);
  });
});

describe('every figure has a source', () => {
  it('names where each context window was read, or says it is assumed', () => {
    for (const m of catalog.models) {
      expect(m.contextWindowSource.url, m.id).toMatch(/^https:\/\//);
      expect(m.contextWindowSource.readOn, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('names a source for every lifecycle event and shutdown reading', () => {
    for (const m of catalog.models) {
      for (const e of m.lifecycle)
        expect(e.source.url, `${m.id} ${e.status}`).toMatch(/^https:\/\//);
      for (const r of m.shutdown) expect(r.source.readOn, `${m.id} ${r.on}`).toMatch(/^\d{4}-/);
    }
  });
});
