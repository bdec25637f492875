import { describe, expect, it } from 'vitest';
import { catalog, findModel } from '../../../lib/router/catalog';
import { costPicoUsd, formatUsd, picoToUsd } from '../../../lib/router/cost';
import type { CatalogModel } from '../../../lib/router/types';

const model = (id: string): CatalogModel => {
  const m = findModel(catalog, id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
};
const pro = model('gemini-2.5-pro');
const flash = model('gemini-2.5-flash');
const lite = model('gemini-2.5-flash-lite');

describe('costPicoUsd', () => {
  it('Pro, 1,000 in + 500 out = $0.00625', () => {
    const pico = costPicoUsd(pro, { inputTokens: 1_000, outputTokens: 500 });
    expect(pico).toBe(6_250_000_000);
    expect(picoToUsd(pico)).toBe(0.00625);
  });

  it('Flash and Flash-Lite at their own rates', () => {
    // 1M in + 1M out: 0.30 + 2.50 = $2.80 ; 0.10 + 0.40 = $0.50
    expect(costPicoUsd(flash, { inputTokens: 1_000_000, outputTokens: 1_000_000 })).toBe(
      2_800_000_000_000,
    );
    expect(costPicoUsd(lite, { inputTokens: 1_000_000, outputTokens: 1_000_000 })).toBe(
      500_000_000_000,
    );
  });

  it('Pro long-context rates apply only above 200,000 prompt tokens', () => {
    // 200,000 in at $1.25/M = $0.25, + 1,000 out at $10/M = $0.01
    expect(costPicoUsd(pro, { inputTokens: 200_000, outputTokens: 1_000 })).toBe(260_000_000_000);
    // 200,001 in at $2.50/M = $0.5000025, + 1,000 out at $15/M = $0.015
    expect(costPicoUsd(pro, { inputTokens: 200_001, outputTokens: 1_000 })).toBe(515_002_500_000);
  });

  it('cached tokens count toward the 200K threshold and bill at the cached rate', () => {
    // 150K in + 60K cached = 210K prompt -> long: 150K x 2.50 + 60K x 0.25 (per M) = 0.375 + 0.015
    expect(
      costPicoUsd(pro, { inputTokens: 150_000, cachedInputTokens: 60_000, outputTokens: 0 }),
    ).toBe(390_000_000_000);
    // short prompt: 10K cached on Flash at $0.03/M = $0.0003
    expect(costPicoUsd(flash, { inputTokens: 0, cachedInputTokens: 10_000, outputTokens: 0 })).toBe(
      300_000_000,
    );
  });

  it('thinking tokens bill as output', () => {
    const a = costPicoUsd(flash, { inputTokens: 100, outputTokens: 300, thinkingTokens: 200 });
    const b = costPicoUsd(flash, { inputTokens: 100, outputTokens: 500 });
    expect(a).toBe(b);
  });

  it('Batch API takes 50% off', () => {
    expect(costPicoUsd(pro, { inputTokens: 1_000, outputTokens: 500 }, { batch: true })).toBe(
      3_125_000_000,
    );
  });

  it('stays exact where float dollars drift', () => {
    let pico = 0;
    for (let i = 0; i < 1_000; i++) pico += costPicoUsd(lite, { inputTokens: 3, outputTokens: 7 });
    // 1,000 x (3 x 0.10 + 7 x 0.40) / 1M = $0.0031 exactly
    expect(pico).toBe(3_100_000_000);
  });

  it('rejects negative or fractional token counts', () => {
    expect(() => costPicoUsd(pro, { inputTokens: -1, outputTokens: 0 })).toThrow(/inputTokens/);
    expect(() => costPicoUsd(pro, { inputTokens: 1, outputTokens: 0.5 })).toThrow(/outputTokens/);
  });
});

describe('formatUsd', () => {
  it('keeps three significant digits for small amounts', () => {
    expect(formatUsd(0.00625)).toBe('$0.00625');
    expect(formatUsd(0.0123)).toBe('$0.0123');
    expect(formatUsd(0.0000123)).toBe('$0.0000123');
  });

  it('shows cents for a dollar and more', () => {
    expect(formatUsd(12.5)).toBe('$12.50');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(0)).toBe('$0.00');
  });
});
