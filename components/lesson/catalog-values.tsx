import { catalog, findModel } from '@/lib/router/catalog';
import type { CatalogModel, ModelPrices, Tier } from '@/lib/router/types';

// Lessons quote models and prices through these components, so a lesson can
// never disagree with the catalog the router and the playground use.

type PriceKind = Exclude<keyof ModelPrices, 'batchDiscountPercent'>;

function lessonModel(tier: Tier): CatalogModel {
  const model = findModel(catalog, catalog.tiers[tier]);
  if (!model) throw new Error(`catalog has no model for tier "${tier}"`);
  return model;
}

function pricePerMillionUsd(tier: Tier, kind: PriceKind): number {
  const micro = lessonModel(tier).prices[kind];
  if (micro === undefined)
    throw new Error(`catalog model for tier "${tier}" has no "${kind}" price`);
  return micro / 1_000_000;
}

/** "$1.25", "$0.125", "$0.01": price in USD per 1M tokens. */
export function formatPerMillion(usd: number): string {
  const decimals = Math.max(2, Math.min(4, (usd.toString().split('.')[1] ?? '').length));
  return `$${usd.toFixed(decimals)}`;
}

/** The model id a tier maps to in the lesson's catalog, e.g. gemini-2.5-pro. */
export function ModelId({ tier }: { tier: Tier }) {
  return <code>{lessonModel(tier).id}</code>;
}

/** A catalog price in USD per 1M tokens. */
export function Price({ tier, kind }: { tier: Tier; kind: PriceKind }) {
  return (
    <span className="whitespace-nowrap">{formatPerMillion(pricePerMillionUsd(tier, kind))}</span>
  );
}

/** How many times one tier's price is another's, e.g. Pro output over Flash-Lite output = "25x". */
export function PriceRatio({ tier, over, kind }: { tier: Tier; over: Tier; kind: PriceKind }) {
  const ratio = pricePerMillionUsd(tier, kind) / pricePerMillionUsd(over, kind);
  return <span className="whitespace-nowrap">{`${Number(ratio.toFixed(1))}x`}</span>;
}
