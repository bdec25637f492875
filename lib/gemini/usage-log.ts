/**
 * One usage-log line per real model call. Both ids are kept: the model asked
 * for and the model that answered (the response's `modelVersion`), because
 * after a shutdown Google answers an old id with another model at that
 * model's prices, and the bill follows the answering model.
 */
import type { Usage } from './model-client';

export interface UsageLogEntry {
  event: 'gemini_usage';
  at: string;
  /** The model the call asked for. */
  askedModel: string;
  /** The response's modelVersion, as Google sent it (null when it sent none). */
  modelVersion: string | null;
  /** The catalog model the cost was computed at. */
  billedModel: string;
  /** True when the answering model is not the one asked for. */
  rerouted: boolean;
  usage: Usage;
  costUsd: number;
  /** A learner-readable sentence when the call was re-routed. */
  note?: string;
}

/** Build the log entry for a finished call. */
export function usageLogEntry(
  call: {
    askedModel: string;
    modelVersion?: string;
    billedModel: string;
    rerouted: boolean;
    usage: Usage;
    costUsd: number;
  },
  now: Date = new Date(),
): UsageLogEntry {
  const entry: UsageLogEntry = {
    event: 'gemini_usage',
    at: now.toISOString(),
    askedModel: call.askedModel,
    modelVersion: call.modelVersion ?? null,
    billedModel: call.billedModel,
    rerouted: call.rerouted,
    usage: call.usage,
    costUsd: call.costUsd,
  };
  if (call.rerouted)
    entry.note = `${call.askedModel} was answered by ${call.modelVersion ?? 'another model'}; billed at ${call.billedModel}'s rates.`;
  return entry;
}

/** Write the entry as one JSON line to the server log (stdout). */
export function logUsage(entry: UsageLogEntry, write: (line: string) => void = console.info): void {
  write(JSON.stringify(entry));
}
