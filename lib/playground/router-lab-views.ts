/**
 * What the router lab's server actions answer: types only, safe for the
 * browser (the scoring itself stays in the *.server.ts files).
 */

/** The hidden round's totals: all a learner ever sees of it. */
export interface HiddenRoundScore {
  prompts: number;
  underShare: number;
  overShare: number;
  costUsd: number;
  alwaysFlashUsd: number;
  alwaysProUsd: number;
  passed: boolean;
}

export type SubmitResult =
  | { ok: true; score: HiddenRoundScore; xpAwarded: boolean; signedIn: boolean }
  | { ok: false; code: 'invalid'; field: string; message: string }
  | { ok: false; code: 'rate_limited'; resetAt: string };
