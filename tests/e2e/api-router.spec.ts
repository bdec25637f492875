import { expect, test } from '@playwright/test';

test.describe('POST /api/router/route', () => {
  test("answers the lesson's example with a full decision", async ({ request }) => {
    const response = await request.post('/api/router/route', {
      data: {
        id: 'ex',
        prompt: 'Summarise the attached contract',
        needsTools: true,
        maxContext: 80_000,
        strategy: 'rules',
      },
    });
    expect(response.status()).toBe(200);
    const decision = await response.json();
    expect(decision).toMatchObject({ id: 'ex', tier: 'flash', strategy: 'rules', offline: true });
    expect(decision.model).toMatch(/flash/);
    expect(decision.reasons.length).toBeGreaterThan(0);
    expect(decision.inputTokens).toBeGreaterThan(80_000);
    expect(decision.costUsd.alwaysPro).toBeGreaterThan(decision.costUsd.picked);
    expect(decision.costUsd.alwaysFlashLite).toBeLessThan(decision.costUsd.picked);
  });

  for (const [name, body, field] of [
    ['empty prompt', { prompt: '   ' }, 'prompt'],
    ['negative context', { prompt: 'hi', maxContext: -1 }, 'maxContext'],
    ['fractional latency', { prompt: 'hi', latencyBudgetMs: 1.5 }, 'latencyBudgetMs'],
    ['unknown strategy', { prompt: 'hi', strategy: 'cheapest' }, 'strategy'],
    ['string flag', { prompt: 'hi', needsTools: 'yes' }, 'needsTools'],
  ] as const) {
    test(`400 naming the field for ${name}`, async ({ request }) => {
      const response = await request.post('/api/router/route', { data: body });
      expect(response.status()).toBe(400);
      const payload = await response.json();
      expect(payload.error.field).toBe(field);
      expect(payload.error.message).toContain(field);
      expect(JSON.stringify(payload)).not.toMatch(/at .*\.(ts|js):\d+/);
    });
  }

  test('400 invalid_json for a malformed body', async ({ request }) => {
    const response = await request.post('/api/router/route', {
      data: Buffer.from('{"prompt": '),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_json');
  });
});
