/**
 * Threat: the daily spend cap overshot by many concurrent real calls whose
 * thinking tokens (billed as output) the reservation did not cover. Against
 * the stub reporting the full thinking budget on every answer, 50 calls at
 * once must leave the day's spend at or under the cap.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { CAPPED_PORT, CAPPED_SPEND_CAP_USD, CAPPED_STUB_PORT } from '../../../playwright.config';
import { signInViaOutbox, uniqueEmail } from '../support/outbox';
import { concurrentProofCalls, expectCapReached } from '../support/spend';

const STUB = `http://127.0.0.1:${CAPPED_STUB_PORT}`;
const CONCURRENT_CALLS = 50;

test.use({ baseURL: `http://localhost:${CAPPED_PORT}` });

test('50 concurrent real calls that think to their budget never push the day past the cap', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  await request.post(`${STUB}/__stub/reset`);
  // Every answer thinks as much as it is allowed to (the stub caps at thinkingBudget).
  await request.post(`${STUB}/__stub/behaviour`, { data: { thinkingTokens: 1_000_000 } });

  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('/playground');
  await signInViaOutbox(page, uniqueEmail('spender'));

  const results = await concurrentProofCalls(
    page.request,
    CONCURRENT_CALLS,
    () => '/api/playground/answer',
  );
  const answered = expectCapReached(results);
  // Every answered call streamed to its end with real usage that includes thinking.
  for (const result of answered) {
    const lines = result.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; usage?: { thinkingTokens: number } });
    const done = lines.find((line) => line.type === 'done');
    expect(done?.usage?.thinkingTokens).toBe(8192);
  }

  const stubCalls = (await (await request.get(`${STUB}/__stub/requests`)).json()) as {
    action: string;
    thinkingBudget: number | null;
  }[];
  const answers = stubCalls.filter((call) => call.action === 'streamGenerateContent');
  expect(answers.length).toBe(answered.length);
  expect(answers.every((call) => call.thinkingBudget === 8192)).toBe(true);

  const db = new Database(path.resolve('data/e2e-capped.db'), { readonly: true });
  try {
    const today = new Date().toISOString().slice(0, 10);
    const row = db
      .prepare('SELECT picoUsd FROM DailySpend WHERE day = ?')
      .safeIntegers(true)
      .get(today) as { picoUsd: bigint };
    const capPico = BigInt(Math.round(CAPPED_SPEND_CAP_USD * 1_000_000)) * 1_000_000n;
    expect(row.picoUsd).toBeGreaterThan(0n);
    expect(row.picoUsd <= capPico, `spent ${row.picoUsd} of ${capPico} pico-USD`).toBe(true);
  } finally {
    db.close();
    await request.post(`${STUB}/__stub/reset`);
    await context.close();
  }
});
