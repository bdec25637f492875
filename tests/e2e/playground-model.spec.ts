import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { GEMINI_STUB_PORT, ONLINE_PORT } from '../../playwright.config';
import { signInViaOutbox, uniqueEmail } from './support/outbox';

// These tests share one app server whose key points at the local Gemini stub,
// its hourly per-address limit of 4 calls and one signed-in learner: they run in order.
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://localhost:${ONLINE_PORT}` });

const STUB = `http://127.0.0.1:${GEMINI_STUB_PORT}`;
const onlineDb = () => new Database(path.resolve('data/e2e-online.db'));
const today = () => new Date().toISOString().slice(0, 10);
const alert = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)');

let context: BrowserContext;
let page: Page;

async function decide(
  prompt: string,
  on: Page = page,
  strategy = 'rules — 레슨의 SmartRouter 규칙만',
) {
  await on.goto('/playground');
  await on.getByLabel('프롬프트', { exact: true }).fill(prompt);
  await on.getByLabel(strategy).check();
  await on.getByRole('button', { name: '라우팅하기' }).click();
  await expect(on.getByRole('region', { name: '라우터의 결정' })).toBeVisible();
}

test.beforeAll(async ({ browser, request }) => {
  await request.post(`${STUB}/__stub/reset`);
  context = await browser.newContext({
    baseURL: `http://localhost:${ONLINE_PORT}`,
    locale: 'ko-KR',
  });
  page = await context.newPage();
  await page.goto('/playground');
  await signInViaOutbox(page, uniqueEmail('caller'));
});

test.afterAll(async () => {
  await context.close();
});

test('a signed-out visitor gets the estimate, and must sign in for a real call (the server says 401 too)', async ({
  page: visitor,
}) => {
  await decide('오늘 날씨에 어울리는 노래 추천해 줘', visitor);
  await expect(
    visitor.getByRole('link', { name: '로그인하면 실제 모델에게 보낼 수 있어요.' }),
  ).toBeVisible();
  await expect(visitor.getByRole('button', { name: '모델에게 실제로 보내기' })).toHaveCount(0);
  const response = await visitor.request.post('/api/playground/answer', { data: { prompt: 'hi' } });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe('sign_in_required');
});

test('streams the answer, then real usage and cost replace the estimate', async ({ request }) => {
  // Slow the stub's chunks down so the answer is seen arriving.
  await request.post(`${STUB}/__stub/behaviour`, {
    data: { streamChunks: 4, streamChunkDelayMs: 400 },
  });
  await decide('오늘 점심 메뉴 추천해 줘');
  const decision = page.getByRole('region', { name: '라우터의 결정' });
  const estimated = await decision.getByTestId('output-tokens').textContent();
  await expect(decision.getByRole('heading', { name: '예상 비용' })).toBeVisible();

  await page.getByRole('button', { name: '모델에게 실제로 보내기' }).click();
  const answer = page.getByTestId('model-answer');
  // Part of the answer is on screen while the stream is still open.
  await expect(answer).toHaveAttribute('aria-busy', 'true');
  await expect(answer).not.toBeEmpty();
  await expect(answer).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });

  await expect(page.getByText(/실제 비용 \$\d[\d.]* \(gemini-/)).toBeVisible();
  await expect(
    page.getByText(/실제 사용량: 입력 \d+ · 출력 \d+ · thinking \d+ 토큰/),
  ).toBeVisible();
  await expect(decision.getByRole('heading', { name: '실제 비용' })).toBeVisible();
  await expect(decision.getByText('추정값을 실제 사용량과 비용으로 바꿨어요.')).toBeVisible();
  expect(await decision.getByTestId('output-tokens').textContent()).not.toBe(estimated);

  // The real SDK called the stub's streaming endpoint, with the server's key.
  const calls = (await (await request.get(`${STUB}/__stub/requests`)).json()) as {
    action: string;
    keyOk: boolean;
  }[];
  expect(calls.some((call) => call.action === 'streamGenerateContent' && call.keyOk)).toBe(true);
  await request.post(`${STUB}/__stub/behaviour`, { data: { streamChunkDelayMs: 0 } });
});

test('with a key, the cheapest model classifies the prompt first (inspect-then-pick)', async ({
  request,
}) => {
  await request.post(`${STUB}/__stub/reset`);
  await decide(
    '이 TypeScript 함수의 버그를 찾아 고쳐 줘: const f = (a) => a.map(parseInt)',
    page,
    'auto — 분류한 뒤 요구사항 규칙 적용 (기본)',
  );
  await page.getByRole('button', { name: '모델에게 실제로 보내기' }).click();
  const decision = page.getByRole('region', { name: '라우터의 결정' });
  await expect(
    decision
      .getByRole('listitem')
      .filter({ hasText: /프롬프트를 (CHAT|CODE|REASON|AGENT)\(으\)로 분류했어요/ }),
  ).toBeVisible();
  await expect(decision.getByText(/오프라인 추정/)).toHaveCount(0);
  await expect(page.getByText(/실제 비용 \$/)).toBeVisible();
  const calls = (await (await request.get(`${STUB}/__stub/requests`)).json()) as {
    action: string;
    model: string;
    maxOutputTokens: number | null;
  }[];
  expect(calls[0]).toMatchObject({
    action: 'generateContent',
    model: 'gemini-2.5-flash-lite',
    maxOutputTokens: 10,
  });
  expect(calls.some((call) => call.action === 'streamGenerateContent')).toBe(true);
});

test('the daily spend cap refuses real calls but never offline estimates', async () => {
  const db = onlineDb();
  try {
    // Today's spend already at the $5 default cap.
    db.prepare(
      'INSERT INTO DailySpend (day, picoUsd, calls) VALUES (?, ?, 0) ON CONFLICT(day) DO UPDATE SET picoUsd = excluded.picoUsd',
    ).run(today(), 5_000_000_000_000n);
    await decide('짧은 인사말을 써 줘');
    await page.getByRole('button', { name: '모델에게 실제로 보내기' }).click();
    await expect(alert(page)).toHaveText(
      /오늘의 실제 호출 비용 한도\(\$5\)에 도달했어요\. .*\(UTC 자정\)에 초기화돼요/,
    );
    // The estimate is still there and a new one can be asked for.
    await decide('또 다른 짧은 질문');
    await expect(page.getByTestId('decision-model')).toHaveText(/^gemini-/);
  } finally {
    db.prepare('DELETE FROM DailySpend WHERE day = ?').run(today());
    db.close();
  }
});

test('the per-address rate limit says which limit was hit and when it resets', async () => {
  await decide('한 문장으로 자기소개를 해 줘');
  const send = page.getByRole('button', { name: '모델에게 실제로 보내기' });
  const refusal = alert(page).filter({ hasText: '시간당 호출 한도' });
  // Three calls are already counted this hour; the limit is 4.
  for (let attempt = 0; attempt < 4 && !(await refusal.isVisible()); attempt++) {
    await send.click();
    await expect(send).toBeEnabled();
    await expect(page.getByText(/실제 비용 \$|시간당 호출 한도/).first()).toBeVisible();
  }
  await expect(refusal).toHaveText(
    /이 주소의 시간당 호출 한도\(4회\)에 도달했어요\. .+에 다시 시도할 수 있어요\./,
  );
});
