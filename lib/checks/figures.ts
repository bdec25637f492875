import { modelForTier, pricesOn } from '@/lib/router/catalog';
import { costPicoUsd, formatUsd, picoToUsd } from '@/lib/router/cost';
import type { Catalog } from '@/lib/router/types';
import type { CatalogFigures, TierName } from './types';

/** "$0.30": a per-1M price as the basis records it (and the lesson prints it). */
export function formatPerMillion(usd: number): string {
  const decimals = Math.max(2, Math.min(4, (usd.toString().split('.')[1] ?? '').length));
  return `$${usd.toFixed(decimals)}`;
}

/**
 * The catalog as a check reads it on one day. Every figure read is written
 * into `basis`, so what an answer rests on is exactly what was read, never
 * a hand-kept list that can forget a price.
 */
export function catalogFigures(catalog: Catalog, day: string): CatalogFigures {
  const basis: Record<string, string> = {};
  const model = (tier: TierName) => {
    const id = modelForTier(catalog, tier, day).id;
    basis[`${tier}:model`] = id;
    return id;
  };
  const pricePerMillion: CatalogFigures['pricePerMillion'] = (tier, kind) => {
    model(tier);
    const micro = pricesOn(modelForTier(catalog, tier, day), day)[kind];
    const usd = micro / 1_000_000;
    basis[`${tier}:${kind}`] = formatPerMillion(usd);
    return usd;
  };
  const callsCost: CatalogFigures['callsCost'] = (tier, usage) => {
    const m = modelForTier(catalog, tier, day);
    const calls = usage.calls ?? 1;
    pricePerMillion(tier, 'input');
    if ((usage.output ?? 0) + (usage.thinking ?? 0) > 0) pricePerMillion(tier, 'output');
    if (usage.batch) basis[`${tier}:batch`] = `${pricesOn(m, day).batchDiscountPercent}%`;
    const pico = costPicoUsd(
      m,
      {
        inputTokens: usage.input * calls,
        outputTokens: (usage.output ?? 0) * calls,
        thinkingTokens: (usage.thinking ?? 0) * calls,
      },
      { at: day, ...(usage.batch ? { batch: true } : {}) },
    );
    return picoToUsd(pico);
  };
  return { day, model, pricePerMillion, callsCost, basis };
}

export { formatUsd };
