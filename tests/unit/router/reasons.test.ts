import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import ko from '../../../messages/ko.json';
import { REASON_TEXT_EN, reason, reasonText, type ReasonCode } from '../../../lib/router/reasons';
import { routePrompt } from '../../../lib/router/route';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

describe('reason codes', () => {
  it('every code has Korean and English words with the same parameters as the API sentence', () => {
    for (const code of Object.keys(REASON_TEXT_EN) as ReasonCode[]) {
      const api = placeholders(REASON_TEXT_EN[code]);
      const koText = (ko.Reasons as Record<string, string>)[code];
      const enText = (en.Reasons as Record<string, string>)[code];
      expect(koText, `ko ${code}`).toBeTypeOf('string');
      expect(enText, `en ${code}`).toBeTypeOf('string');
      expect(placeholders(koText!), `ko ${code}`).toEqual(api);
      expect(placeholders(enText!), `en ${code}`).toEqual(api);
      // The Korean page speaks Korean: each sentence has Hangul in it.
      expect(koText, `ko ${code}`).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('no code is left without an entry, and no entry without a code', () => {
    expect(Object.keys(ko.Reasons).sort()).toEqual(Object.keys(REASON_TEXT_EN).sort());
    expect(Object.keys(en.Reasons).sort()).toEqual(Object.keys(REASON_TEXT_EN).sort());
  });

  it('the API keeps the English sentences, numbers grouped as before', () => {
    expect(reasonText(reason('rules_context_pro', { tokens: 250_000 }))).toBe(
      'Context of 250,000 tokens is over 200K: only Pro keeps quality on long context.',
    );
    const decision = routePrompt({ prompt: 'Prove that 7 is prime.', latencyBudgetMs: 100 });
    expect(decision.reasons).toEqual(decision.reasonCodes.map(reasonText));
    expect(decision.reasonCodes[0]).toEqual({ code: 'rules_latency', params: { latencyMs: 100 } });
  });
});
