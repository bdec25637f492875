/**
 * Every answer, prerendered page, dynamic page, API or static file, carries
 * the security headers, and pages still work under the policy: no console
 * reports a CSP violation while a learner uses them.
 */
import { expect, test } from '@playwright/test';

const PATHS = [
  '/ko',
  '/en',
  '/ko/courses/gemini-in-production',
  '/ko/courses/gemini-in-production/cost-routing',
  '/ko/playground',
  '/ko/levels',
  '/ko/signin',
  '/api/health',
  '/api/router/route',
];

test('every kind of answer carries the security headers', async ({ request }) => {
  for (const path of PATHS) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'self'");
    expect(csp, path).toMatch(/script-src 'self'(?! \*)/);
    expect(csp, path).not.toContain("'unsafe-eval'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

test('pages work under the policy: no violation while reading, toggling and routing', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/courses/gemini-in-production/cost-routing');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/playground');
  await page.getByLabel('프롬프트', { exact: true }).fill('이 함수의 버그를 찾아 줘');
  await page.getByRole('button', { name: '라우팅하기' }).click();
  await expect(page.getByRole('region', { name: '라우터의 결정' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('another page cannot frame Stream', async ({ page, baseURL }) => {
  const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
  await page.setContent(`<iframe title="framed" src="${baseURL}/ko"></iframe>`);
  expect((await refused).text()).toMatch(/blocked|Refused/);
  await expect(page.frameLocator('iframe').getByRole('banner')).toHaveCount(0);
});
