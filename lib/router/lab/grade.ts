/**
 * Grades a lab router against labelled prompts: under-routing (sent to a
 * tier below its label: a quality risk), over-routing (above it: money
 * spent for nothing) and the total cost, next to the baselines: always Pro,
 * always Flash, always Flash-Lite, the shipped router (auto) and the labels.
 */
import { catalog as shippedCatalog, dayOf, resolveTier } from '../catalog';
import { costPicoUsd } from '../cost';
import { routePrompt } from '../route';
import { tierRank } from '../tiers';
import { estimateOutputTokens } from '../tokens';
import type { Catalog, RouteRequest, Tier } from '../types';
import { TIERS } from '../types';
import { evaluateLabRouter } from './evaluate';
import { promptFacts, type PromptFacts } from './facts';
import type { LabRouter } from './schema';

/** A prompt with the cheapest tier that can be trusted with it. */
export interface LabelledPrompt extends RouteRequest {
  id: string;
  label: Tier;
}

/** A labelled prompt with everything grading needs, computed once. */
export interface PreparedPrompt {
  item: LabelledPrompt;
  facts: PromptFacts;
  /** Exact cost of the prompt on each tier, pico-dollars. */
  cost: Record<Tier, number>;
  /** What the shipped router (auto) picks. */
  auto: Tier;
}

/** Classify and price every prompt once, on the catalog of `now`. */
export function prepareLabelled(
  items: readonly LabelledPrompt[],
  { now = new Date(), catalog = shippedCatalog }: { now?: Date | string; catalog?: Catalog } = {},
): PreparedPrompt[] {
  const day = dayOf(now);
  const models = Object.fromEntries(
    TIERS.map((t) => [t, resolveTier(catalog, t, day).model]),
  ) as Record<Tier, ReturnType<typeof resolveTier>['model']>;
  return items.map((item) => {
    const facts = promptFacts(item);
    const usage = {
      inputTokens: facts.promptTokens + facts.contextTokens,
      outputTokens: estimateOutputTokens(item.prompt, facts.bucket, facts.promptTokens),
    };
    const cost = Object.fromEntries(
      TIERS.map((t) => [t, costPicoUsd(models[t], usage, { at: day })]),
    ) as Record<Tier, number>;
    const auto = routePrompt({ ...item, strategy: 'auto' }, { now: day, catalog }).tier;
    return { item, facts, cost, auto };
  });
}

/** Aggregate figures of one router on a set. */
export interface LabFigures {
  prompts: number;
  underRouted: number;
  overRouted: number;
  /** Shares of the prompts, 0..1. */
  underShare: number;
  overShare: number;
  costPico: number;
}

/** One prompt the router sent elsewhere than its label. */
export interface Misrouted {
  id: string;
  prompt: string;
  label: Tier;
  tier: Tier;
  /** The rule that fired (-1: the fallback). */
  rule: number;
  direction: 'under' | 'over';
}

export type BaselineKey = 'alwaysPro' | 'alwaysFlash' | 'alwaysFlashLite' | 'auto' | 'labels';

export interface LabGrade {
  router: LabFigures;
  baselines: Record<BaselineKey, LabFigures>;
  misrouted: Misrouted[];
  /** How many prompts each rule sent (index -1 is the fallback, last). */
  fired: number[];
}

function figures(
  prepared: readonly PreparedPrompt[],
  pick: (p: PreparedPrompt, index: number) => Tier,
): LabFigures {
  let under = 0,
    over = 0,
    cost = 0;
  prepared.forEach((p, index) => {
    const tier = pick(p, index);
    const diff = tierRank(tier) - tierRank(p.item.label);
    if (diff < 0) under++;
    if (diff > 0) over++;
    cost += p.cost[tier];
  });
  const n = prepared.length;
  return {
    prompts: n,
    underRouted: under,
    overRouted: over,
    underShare: n ? under / n : 0,
    overShare: n ? over / n : 0,
    costPico: cost,
  };
}

/** Figures of the baselines alone (they do not depend on the learner's rules). */
export function gradeBaselines(
  prepared: readonly PreparedPrompt[],
): Record<BaselineKey, LabFigures> {
  return {
    alwaysPro: figures(prepared, () => 'pro'),
    alwaysFlash: figures(prepared, () => 'flash'),
    alwaysFlashLite: figures(prepared, () => 'flash-lite'),
    auto: figures(prepared, (p) => p.auto),
    labels: figures(prepared, (p) => p.item.label),
  };
}

/** Grade a validated router on a prepared set. */
export function gradeLabRouter(router: LabRouter, prepared: readonly PreparedPrompt[]): LabGrade {
  const decisions = prepared.map((p) => evaluateLabRouter(router, p.facts));
  const fired = new Array<number>(router.rules.length + 1).fill(0);
  const misrouted: Misrouted[] = [];
  prepared.forEach((p, index) => {
    const d = decisions[index]!;
    fired[d.rule < 0 ? router.rules.length : d.rule]!++;
    const diff = tierRank(d.tier) - tierRank(p.item.label);
    if (diff !== 0)
      misrouted.push({
        id: p.item.id,
        prompt: p.item.prompt,
        label: p.item.label,
        tier: d.tier,
        rule: d.rule,
        direction: diff < 0 ? 'under' : 'over',
      });
  });
  return {
    router: figures(prepared, (_, index) => decisions[index]!.tier),
    baselines: gradeBaselines(prepared),
    misrouted,
    fired,
  };
}

/** The hidden round's bar: cheaper than always-Flash, with at most 5 % under-routed. */
export const PASS_MAX_UNDER_SHARE = 0.05;

export function passesHiddenRound(grade: Pick<LabGrade, 'router' | 'baselines'>): boolean {
  return (
    grade.router.costPico < grade.baselines.alwaysFlash.costPico &&
    grade.router.underShare <= PASS_MAX_UNDER_SHARE
  );
}
