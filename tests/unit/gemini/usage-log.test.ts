import { describe, expect, it } from 'vitest';
import { logUsage, usageLogEntry } from '../../../lib/gemini/usage-log';

const usage = { inputTokens: 10, outputTokens: 20, thinkingTokens: 0, cachedInputTokens: 0 };

describe('usage log', () => {
  it('keeps both ids and says when Google answered with another model', () => {
    const call = {
      askedModel: 'gemini-2.5-pro',
      modelVersion: 'gemini-3.8-flash',
      billedModel: 'gemini-3.8-flash',
      rerouted: true,
      usage,
      costUsd: 0.0000825,
    };
    const lines: string[] = [];
    logUsage(usageLogEntry(call, new Date('2026-12-01T10:00:00Z')), (l) => lines.push(l));
    // Every field of the call is logged as given, with the event, the time and a note.
    expect(JSON.parse(lines[0]!)).toEqual({
      ...call,
      event: 'gemini_usage',
      at: '2026-12-01T10:00:00.000Z',
      note: "gemini-2.5-pro was answered by gemini-3.8-flash; billed at gemini-3.8-flash's rates.",
    });
  });

  it('has no note for a call answered by the model asked', () => {
    const e = usageLogEntry({
      askedModel: 'gemini-3.8-flash',
      billedModel: 'gemini-3.8-flash',
      rerouted: false,
      usage,
      costUsd: 0,
    });
    expect(e.modelVersion).toBeNull();
    expect(e.note).toBeUndefined();
  });
});
