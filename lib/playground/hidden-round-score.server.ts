import 'server-only';
import type { HiddenRoundScore } from './router-lab-views';
import { dayOf } from '@/lib/router/catalog';
import { picoToUsd } from '@/lib/router/cost';
import {
  gradeLabRouter,
  passesHiddenRound,
  prepareLabelled,
  type PreparedPrompt,
} from '@/lib/router/lab/grade';
import { parseLabRouter, type LabRouter, type LabRouterProblem } from '@/lib/router/lab/schema';
import { hiddenRoundPrompts } from './hidden-round.server';

export type { HiddenRoundScore } from './router-lab-views';

/**
 * Scoring on the hidden round, by the server alone: the learner's rules are
 * graded here, never a figure from the browser.
 */

/** What a learner learns of the hidden round: aggregate figures only, never a prompt or label. */

let prepared: { day: string; set: PreparedPrompt[] } | undefined;

/** The hidden set classified and priced once per catalog day. */
function hiddenSet(now: Date): PreparedPrompt[] {
  const day = dayOf(now);
  if (prepared?.day !== day)
    prepared = { day, set: prepareLabelled(hiddenRoundPrompts, { now: day }) };
  return prepared.set;
}

/** Scores a validated router on the hidden round. */
export function scoreRouter(router: LabRouter, now = new Date()): HiddenRoundScore {
  const grade = gradeLabRouter(router, hiddenSet(now));
  return {
    prompts: grade.router.prompts,
    underShare: grade.router.underShare,
    overShare: grade.router.overShare,
    costUsd: picoToUsd(grade.router.costPico),
    alwaysFlashUsd: picoToUsd(grade.baselines.alwaysFlash.costPico),
    alwaysProUsd: picoToUsd(grade.baselines.alwaysPro.costPico),
    passed: passesHiddenRound(grade),
  };
}

/**
 * Scores a submission from the browser. Only its `router` is read: any
 * figure that comes with it (a score, "passed") is ignored, because the
 * server grades the rules itself.
 */
export function scoreSubmission(
  input: unknown,
  now = new Date(),
):
  | { ok: true; router: LabRouter; score: HiddenRoundScore }
  | { ok: false; error: LabRouterProblem } {
  if (typeof input !== 'object' || input === null || !('router' in input))
    return { ok: false, error: { field: 'router', message: 'a router is required' } };
  const parsed = parseLabRouter((input as { router: unknown }).router);
  if (!parsed.ok)
    return { ok: false, error: { ...parsed.error, field: `router.${parsed.error.field}` } };
  return { ok: true, router: parsed.router, score: scoreRouter(parsed.router, now) };
}
