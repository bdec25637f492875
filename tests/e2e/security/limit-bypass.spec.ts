/**
 * Threats: sign-in e-mails sent past their limit through next-auth's own
 * endpoint, and per-address limits dodged with a forged X-Forwarded-For.
 */
import { expect, test } from '@playwright/test';
import { CAPPED_PORT, ONLINE_PORT } from '../../../playwright.config';
import { askForLinkWithForm, uniqueEmail } from '../support/outbox';
import { HOUR_MS, clearOfWindowEdge } from '../support/window';
import { mailsTo, requestLinkFromAuthEndpoint } from './support';

/** SIGN_IN_LIMITS.perAddress in lib/auth/sign-in-limits.ts. */
const LINKS_PER_ADDRESS = 5;

// The sign-in tests run on the server with one trusted proxy hop, each as its
// own caller (the test client plays the proxy), so the per-caller sign-in
// limit the rest of the suite shares on 127.0.0.1 is not spent here.
test.use({ baseURL: `http://localhost:${CAPPED_PORT}` });
const asCaller = (n: number) => ({ 'X-Forwarded-For': `192.0.2.${n}` });

test("next-auth's endpoint sends no more sign-in e-mails to one address than the limit", async ({
  request,
}) => {
  // Sign-in links are limited per clock hour.
  await clearOfWindowEdge(HOUR_MS);
  const email = uniqueEmail('flooded');
  const locations: string[] = [];
  for (let attempt = 0; attempt < LINKS_PER_ADDRESS + 3; attempt++) {
    // A new forged caller each time: the per-address limit still holds.
    const response = await requestLinkFromAuthEndpoint(request, email, asCaller(10 + attempt));
    expect(response.status()).toBe(302);
    locations.push(response.headers().location ?? '');
  }
  expect(mailsTo(email)).toHaveLength(LINKS_PER_ADDRESS);
  // The refused ones go to the sign-in page with an error, never to "check your e-mail".
  expect(locations.slice(LINKS_PER_ADDRESS).every((url) => /\/signin\?error=/.test(url))).toBe(
    true,
  );
});

test('the form and the endpoint share one count, and the form says when to come back', async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: `http://localhost:${CAPPED_PORT}`,
    locale: 'ko-KR',
    extraHTTPHeaders: asCaller(30),
  });
  const page = await context.newPage();
  const email = uniqueEmail('shared');
  await clearOfWindowEdge(HOUR_MS);
  for (let attempt = 0; attempt < LINKS_PER_ADDRESS - 1; attempt++)
    await requestLinkFromAuthEndpoint(page.request, email);
  await askForLinkWithForm(page, email);
  await expect(page.getByRole('heading', { name: '메일함을 확인하세요' })).toBeVisible();
  await askForLinkWithForm(page, email);
  await expect(page.getByText(/로그인 링크를 너무 자주 요청했어요\./)).toBeVisible();
  expect(mailsTo(email)).toHaveLength(LINKS_PER_ADDRESS);
  await context.close();
});

test('the per-caller limit counts every way in, across addresses', async ({ request }) => {
  const caller = asCaller(40);
  await clearOfWindowEdge(HOUR_MS);
  const statuses: string[] = [];
  // SIGN_IN_LIMITS.perCaller: 60 an hour; each request names a new address.
  for (let n = 0; n < 62; n++) {
    const response = await requestLinkFromAuthEndpoint(request, uniqueEmail(`spray${n}`), caller);
    statuses.push(/error=/.test(response.headers().location ?? '') ? 'refused' : 'sent');
  }
  expect(statuses.filter((status) => status === 'sent')).toHaveLength(60);
  expect(statuses.slice(60)).toEqual(['refused', 'refused']);
});

const report = (n: number) => ({
  kind: 'typo',
  message: `spoofed report ${n}`,
  pageUrl: '/ko',
});

test('without a trusted proxy, a forged X-Forwarded-For does not buy more problem reports', async ({
  playwright,
}) => {
  // The online server: no other suite files problem reports there.
  const request = await playwright.request.newContext({
    baseURL: `http://localhost:${ONLINE_PORT}`,
  });
  // Problem reports are limited per clock hour.
  await clearOfWindowEdge(HOUR_MS);
  const statuses: number[] = [];
  for (let n = 0; n < 7; n++) {
    const response = await request.post('/api/problem-reports', {
      data: report(n),
      headers: { 'X-Forwarded-For': `198.51.100.${n}`, 'X-Real-IP': `198.51.100.${n}` },
    });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
  await request.dispose();
});

test('behind one trusted proxy, the address it appended is the one that is limited', async ({
  playwright,
}) => {
  // TRUSTED_PROXY_HOPS=1 on this server: the test client plays the proxy.
  const request = await playwright.request.newContext({
    baseURL: `http://localhost:${CAPPED_PORT}`,
  });
  const send = (forwardedFor: string) =>
    request
      .post('/api/problem-reports', {
        data: report(0),
        headers: { 'X-Forwarded-For': forwardedFor },
      })
      .then((response) => response.status());
  const first: number[] = [];
  await clearOfWindowEdge(HOUR_MS);
  // The client forges a different first entry each time; the proxy's entry stays.
  for (let n = 0; n < 6; n++) first.push(await send(`10.9.9.${n}, 203.0.113.50`));
  expect(first).toEqual([201, 201, 201, 201, 201, 429]);
  // Another client behind the same proxy has its own count.
  expect(await send('203.0.113.51')).toBe(201);
  await request.dispose();
});
