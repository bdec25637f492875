import type { Decision } from '@/lib/router/types';

/**
 * The playground's answer stream, one JSON object per line (NDJSON): the
 * decision for the real call, text as it arrives, then the real usage and
 * cost, or an error. Written by lib/playground/model-call.ts, read by the page.
 */
export type AnswerStreamDone = {
  type: 'done';
  /** The model that answered (its modelVersion when Google re-routed the call). */
  model: string;
  /** The model the call asked for. */
  askedModel: string;
  /** True when another model answered than the one asked for; the cost is at `billedModel`'s rates. */
  rerouted: boolean;
  billedModel: string;
  usage: {
    inputTokens: number;
    outputTokens: number;
    thinkingTokens: number;
    cachedInputTokens: number;
  };
  costUsd: number;
  fellBack: boolean;
};

export type AnswerStreamLine =
  | { type: 'decision'; decision: Decision }
  | { type: 'text'; text: string }
  | AnswerStreamDone
  | { type: 'error'; error: { code: string; message: string } };
