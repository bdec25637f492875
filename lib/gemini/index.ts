import 'server-only';
/**
 * Server-side Gemini access. Never reads process.env: lib/env.ts passes
 * GEMINI_API_KEY / GEMINI_BASE_URL in.
 */
import type { ModelClient } from './model-client';
import { OfflineModelClient } from './offline-client';
import { SdkModelClient } from './sdk-client';

export interface CreateModelClientOptions {
  /** No key (undefined or blank): the offline client, which calls nothing. */
  apiKey?: string;
  /** e.g. the local stub's URL; default Google's endpoint. */
  baseUrl?: string;
  /** Default per-call time limit in ms (default 30 s). */
  timeoutMs?: number;
}

export function createModelClient(options: CreateModelClientOptions = {}): ModelClient {
  const apiKey = options.apiKey?.trim();
  if (!apiKey) return new OfflineModelClient();
  const baseUrl = options.baseUrl?.trim();
  return new SdkModelClient({
    apiKey,
    ...(baseUrl ? { baseUrl } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
}

export type { ModelCall, ModelClient, ModelResult, StreamChunk, Usage } from './model-client';
export { ZERO_USAGE } from './model-client';
export { GeminiError, isGeminiError, isRetryableStatus, redactSecrets } from './errors';
export type { Attempt, GeminiErrorCode } from './errors';
export { SdkModelClient, DEFAULT_TIMEOUT_MS, usageFromMetadata } from './sdk-client';
export type { SdkClientOptions } from './sdk-client';
export {
  OfflineModelClient,
  OFFLINE_NOTICE_EN,
  OFFLINE_NOTICE_KO,
  offlineText,
} from './offline-client';
export {
  GeminiAdapter,
  FALLBACK_TIERS,
  DEFAULT_MAX_OUTPUT_TOKENS,
  DEFAULT_BACKOFF_MS,
  CLASSIFIER_INSTRUCTIONS,
  CLASSIFY_MAX_OUTPUT_TOKENS,
  CLASSIFY_THINKING_BUDGET,
  catalogModelFor,
  classifierPrompt,
  classifyWithModel,
  parseBucket,
} from './adapter';
export { describeAttempts } from './tries';
export type {
  AdapterOptions,
  AdapterStreamEvent,
  ClassifyOptions,
  ModelClassification,
  RunOptions,
  RunResult,
} from './adapter';
export { logUsage, usageLogEntry } from './usage-log';
export type { UsageLogEntry } from './usage-log';
