/**
 * Threat: a forged Host or X-Forwarded-Host puts an attacker's site into a
 * real sign-in e-mail, and the token in it takes the account. Links must
 * come from STREAM_SITE_URL whatever the request says.
 */
import { expect, test } from '@playwright/test';
import { CAPPED_PORT, OFFLINE_PORT } from '../../../playwright.config';
import { askForLinkWithForm, uniqueEmail } from '../support/outbox';
import { mailsTo, requestLinkFromAuthEndpoint } from './support';

const SITE = `http://localhost:${OFFLINE_PORT}`;
const FORGED = {
  'X-Forwarded-Host': 'evil.example',
  'X-Forwarded-Proto': 'https',
  Forwarded: 'host=evil.example;proto=https',
};

test("next-auth's endpoint mails a link to the configured site, not the forged host", async ({
  request,
}) => {
  const email = uniqueEmail('victim');
  const response = await requestLinkFromAuthEndpoint(
    request,
    email,
    FORGED,
    'https://evil.example/phish',
  );
  expect(response.status()).toBe(302);
  expect(response.headers().location).toMatch(new RegExp(`^${SITE}/`));
  await expect.poll(() => mailsTo(email).length).toBe(1);
  const link = new URL(mailsTo(email)[0]!.url);
  expect(link.origin).toBe(SITE);
  expect(link.pathname).toBe('/api/auth/callback/email');
  // Nor does the landing page after sign-in leave the site.
  expect(new URL(link.searchParams.get('callbackUrl')!).origin).toBe(SITE);
});

test("the sign-in form's e-mail link ignores forged headers and still signs the learner in", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ko-KR', extraHTTPHeaders: FORGED });
  const page = await context.newPage();
  const email = uniqueEmail('forged-form');
  await askForLinkWithForm(page, email);
  await expect(page.getByRole('heading', { name: '메일함을 확인하세요' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(SITE);
  await expect.poll(() => mailsTo(email).length).toBe(1);
  const link = mailsTo(email)[0]!.url;
  expect(new URL(link).origin).toBe(SITE);
  await page.goto(link);
  await expect(page.getByRole('banner').getByRole('link', { name: email })).toBeVisible();
  await context.close();
});

test('even a host a trusted proxy forwards never shapes the link', async ({ playwright }) => {
  // TRUSTED_PROXY_HOPS=1 on this server: X-Forwarded-Host is believed, yet links
  // come from STREAM_SITE_URL alone.
  const request = await playwright.request.newContext({
    baseURL: `http://localhost:${CAPPED_PORT}`,
  });
  const email = uniqueEmail('proxied');
  await requestLinkFromAuthEndpoint(request, email, {
    'X-Forwarded-For': '192.0.2.77',
    'X-Forwarded-Host': 'evil.example',
    'X-Forwarded-Proto': 'https',
  });
  await expect.poll(() => mailsTo(email).length).toBe(1);
  expect(new URL(mailsTo(email)[0]!.url).origin).toBe(`http://localhost:${CAPPED_PORT}`);
  await request.dispose();
});
