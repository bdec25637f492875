import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MODERATOR_EMAIL } from '../../playwright.config';
import { signedInLearner } from './support/learners';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the levels, sign-in and English lesson pages pass an axe scan', async ({ page }) => {
  for (const path of ['/levels', '/signin', '/en/courses/gemini-in-production/cost-routing']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test('the profile and the moderation page pass an axe scan, in light and dark', async ({
  browser,
}) => {
  const moderator = await signedInLearner(browser, '/profile', MODERATOR_EMAIL);
  for (const path of ['/profile', '/moderation']) {
    await moderator.page.goto(path);
    await expect(moderator.page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(moderator.page), path).toEqual([]);
    await moderator.page.getByRole('button', { name: '다크 모드 전환' }).click();
    expect(await seriousViolations(moderator.page), `${path} (dark)`).toEqual([]);
    await moderator.page.getByRole('button', { name: '다크 모드 전환' }).click();
  }
  // The bell's panel, open.
  await moderator.page.getByRole('button', { name: /^알림/ }).click();
  await expect(moderator.page.getByRole('region', { name: '알림' })).toBeVisible();
  expect(await seriousViolations(moderator.page)).toEqual([]);
  await moderator.context.close();
});
