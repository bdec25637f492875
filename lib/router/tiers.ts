/** Small helpers to compare and name tiers. */
import type { Bucket, Tier } from './types';
import { TIERS } from './types';

/** 0 for flash-lite, 1 for flash, 2 for pro. */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** The more capable of two tiers. */
export function maxTier(a: Tier, b: Tier): Tier {
  return tierRank(a) >= tierRank(b) ? a : b;
}

/** The lesson's inspect-then-pick mapping. */
export const BUCKET_TIER: Record<Bucket, Tier> = {
  CHAT: 'flash-lite',
  CODE: 'flash',
  REASON: 'pro',
  AGENT: 'pro',
};

/** Learner-facing names. */
export const TIER_LABEL: Record<Tier, string> = {
  'flash-lite': 'Flash-Lite',
  flash: 'Flash',
  pro: 'Pro',
};
