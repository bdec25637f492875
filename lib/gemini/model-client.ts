/**
 * The one small interface the rest of the app uses to talk to a model. The SDK
 * client (real Gemini, or the local stub in tests) and the offline client both
 * implement it, so the adapter, the API route and the tests never touch the SDK.
 *
 * Types only: safe to import anywhere (it holds no key).
 */

/**
 * Token usage of one call, in the router's billing terms:
 * - `inputTokens`: prompt tokens billed at the full input rate, NOT counting
 *   the cached ones (Gemini's promptTokenCount minus cachedContentTokenCount);
 * - `outputTokens`: answer tokens (Gemini's candidatesTokenCount);
 * - `thinkingTokens`: thinking tokens (thoughtsTokenCount), billed as output;
 * - `cachedInputTokens`: prompt tokens served from a context cache.
 * Pass it straight to the router's `costPicoUsd`.
 */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  thinkingTokens: number;
  cachedInputTokens: number;
}

export const ZERO_USAGE: Readonly<Usage> = Object.freeze({
  inputTokens: 0,
  outputTokens: 0,
  thinkingTokens: 0,
  cachedInputTokens: 0,
});

/** One call to one model. */
export interface ModelCall {
  /** A Gemini model id, e.g. 'gemini-2.5-flash-lite'. */
  model: string;
  prompt: string;
  maxOutputTokens: number;
  /**
   * Most thinking tokens the model may spend (billed as output). Set on every
   * paid call, so the worst case of a call is known before it is made.
   */
  thinkingBudget?: number;
  temperature?: number;
  /** Cancels the call (not retryable). */
  signal?: AbortSignal;
  /** Per-call time limit; overrides the client's default. A timeout is retryable. */
  timeoutMs?: number;
}

export interface ModelResult {
  text: string;
  usage: Usage;
}

export type StreamChunk = { type: 'text'; text: string } | { type: 'usage'; usage: Usage };

export interface ModelClient {
  /** True when no model is called at all (no key configured). */
  readonly offline: boolean;
  generate(call: ModelCall): Promise<ModelResult>;
  /** Text chunks in order, then exactly one `usage` chunk at the end. */
  stream(call: ModelCall): AsyncIterable<StreamChunk>;
  /** The API's own token count for `text`, when the client can ask for it. */
  countTokens?(model: string, text: string): Promise<number>;
}
