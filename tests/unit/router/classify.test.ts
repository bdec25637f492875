import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reasonText } from '../../../lib/router/reasons';
import { classifyDetailed, classifyPrompt, tierForRisk } from '../../../lib/router/classify';
import { FEATURE_DIM, extractFeatures } from '../../../lib/router/features';
import { BUCKET_TIER, tierRank } from '../../../lib/router/tiers';
import type { Bucket } from '../../../lib/router/types';
import { BUCKETS } from '../../../lib/router/types';

// Written for this test only: none of these is in lib/router/training.
const UNSEEN: Record<Bucket, string[]> = {
  CHAT: [
    'Write a short farewell card for a classmate who is changing schools.',
    'What do people usually eat for breakfast in Turkey?',
    '친구 집들이에 가져갈 만한 선물을 추천해줘.',
    '여름 방학 동안 읽을 만한 청소년 소설을 알려줘.',
  ],
  CODE: [
    'Write a Python function that groups a list of words by their first letter.',
    'My Express server returns 404 for every route after I added a router. Here is app.use("/api", router). What is wrong?',
    '타입스크립트로 객체 배열에서 특정 필드의 합계를 구하는 함수를 만들어줘.',
    '이 SQL에서 GROUP BY 오류가 나는 이유를 알려줘: SELECT name, COUNT(*) FROM users;',
  ],
  REASON: [
    'A rectangle is three times as long as it is wide and its area is 75 square meters. Find its perimeter, showing each step.',
    'Prove that the difference of two consecutive squares is always odd.',
    '사과 5개와 배 3개의 값은 4,100원이고, 사과 2개와 배 3개의 값은 2,300원이다. 사과와 배 한 개의 값을 각각 구해줘.',
    '12명 중에서 대표 2명을 뽑는 경우의 수를 구하고 그 이유를 설명해줘.',
  ],
  AGENT: [
    'Go through our shared inbox, find customer complaints from this week, log each one in Zendesk and notify the support lead.',
    'Check the deployment dashboard, restart any unhealthy pods and post a summary in the ops channel.',
    '경쟁사 웹사이트 세 곳에서 신제품 가격을 찾아 표로 정리하고 마케팅 팀 메일로 보내줘.',
    '다음 주 출장 일정에 맞춰 항공권과 호텔을 검색하고 가장 저렴한 조합을 예약해줘.',
  ],
};

describe('classifyPrompt', () => {
  for (const [bucket, prompts] of Object.entries(UNSEEN) as [Bucket, string[]][]) {
    it(`recognises most unseen ${bucket} prompts (English and Korean)`, () => {
      const got = prompts.map((p) => classifyPrompt(p).bucket);
      const right = got.filter((b) => b === bucket).length;
      expect(right, `got ${got.join(', ')}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('never sends an unseen reasoning or agent prompt below Pro (the quality risk)', () => {
    for (const p of [...UNSEEN.REASON, ...UNSEEN.AGENT]) {
      expect(BUCKET_TIER[classifyPrompt(p).bucket], p).toBe('pro');
    }
  });

  it('never sends an unseen code prompt below Flash', () => {
    for (const p of UNSEEN.CODE)
      expect(tierRank(BUCKET_TIER[classifyPrompt(p).bucket]), p).toBeGreaterThanOrEqual(1);
  });

  it('returns a confidence in 0..1 and a learner-readable reason', () => {
    const c = classifyPrompt('Prove that there are infinitely many primes.');
    expect(c.bucket).toBe('REASON');
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.reasons.map(reasonText)[0]).toMatch(
      /^Prompt looks like .+ \(REASON, confidence (0\.\d\d|1\.00)\)\./,
    );
  });
});

describe('classifyDetailed', () => {
  it('gives probabilities over the four buckets that sum to 1', () => {
    const p = classifyDetailed('Hello!').probabilities;
    expect(Object.keys(p).sort()).toEqual(['AGENT', 'CHAT', 'CODE', 'REASON']);
    expect(Object.values(p).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('reads any text as a unit-length vector of finite signed features, and never returns NaN odds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        const x = extractFeatures(text);
        const norm2 = x.reduce((s, [, v]) => s + v * v, 0);
        for (const [idx, v] of x) {
          expect(Number.isInteger(idx) && idx >= 0 && idx < FEATURE_DIM).toBe(true);
          expect(Number.isFinite(v)).toBe(true);
        }
        // Signed slots can cancel to nothing; otherwise the vector has length 1.
        if (norm2 > 0) expect(norm2).toBeCloseTo(1, 9);
        const p = classifyDetailed(text).probabilities;
        for (const v of Object.values(p)) expect(Number.isFinite(v)).toBe(true);
        expect(Object.values(p).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('hashes keys with a sign, so keys that share a slot cancel out instead of piling up', () => {
    const values = new Set<number>();
    for (const text of ['proof', 'poem', 'python', 'schedule', '증명', 'доказать', '関数'])
      for (const [, v] of extractFeatures(text)) values.add(Math.sign(v));
    expect(values).toEqual(new Set([1, -1]));
  });
});

describe('tierForRisk', () => {
  const limits = { 'flash-lite': 0.3, flash: 0.09 };
  // Four weights, normalised to bucket probabilities. Squared, so one bucket
  // often dominates, as in real decisions.
  const probabilities = fc
    .tuple(...BUCKETS.map(() => fc.integer({ min: 0, max: 100 })))
    .map((ws) => ws.map((w) => w * w))
    .filter((ws) => ws.reduce((a, b) => a + b, 0) > 0)
    .map((ws) => {
      const sum = ws.reduce((a, b) => a + b, 0);
      return Object.fromEntries(BUCKETS.map((b, i) => [b, (ws[i] ?? 0) / sum])) as Record<
        Bucket,
        number
      >;
    });

  it('never sends a prompt to Pro for looking more like code than chat', () => {
    fc.assert(
      fc.property(probabilities, fc.double({ min: 0, max: 1, noNaN: true }), (p, share) => {
        const moved = { ...p, CHAT: p.CHAT * (1 - share), CODE: p.CODE + p.CHAT * share };
        const before = tierForRisk(p, limits);
        const after = tierForRisk(moved, limits);
        expect(before === 'pro').toBe(after === 'pro');
        expect(tierRank(after)).toBeGreaterThanOrEqual(tierRank(before));
      }),
      { numRuns: 1000 },
    );
  });

  it('never picks a cheaper tier when a prompt looks more like one that needs Pro', () => {
    fc.assert(
      fc.property(probabilities, fc.double({ min: 0, max: 1, noNaN: true }), (p, share) => {
        const moved = { ...p, CHAT: p.CHAT * (1 - share), REASON: p.REASON + p.CHAT * share };
        expect(tierRank(tierForRisk(moved, limits))).toBeGreaterThanOrEqual(
          tierRank(tierForRisk(p, limits)),
        );
      }),
    );
  });

  it('holds the Pro limit at Flash-Lite as at Flash', () => {
    // Almost all chat, but a tenth of a chance it needs Pro: over the Pro limit.
    expect(tierForRisk({ CHAT: 0.9, CODE: 0, REASON: 0.1, AGENT: 0 }, limits)).toBe('pro');
    expect(tierForRisk({ CHAT: 0.95, CODE: 0, REASON: 0.05, AGENT: 0 }, limits)).toBe('flash-lite');
    expect(tierForRisk({ CHAT: 0.6, CODE: 0.35, REASON: 0.05, AGENT: 0 }, limits)).toBe('flash');
  });
});
