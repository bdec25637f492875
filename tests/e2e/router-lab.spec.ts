import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { shareFragment } from '../../lib/router/lab/share';
import { confidentRouter } from '../unit/router/lab/fixtures';
import { signInViaOutbox, uniqueEmail } from './support/outbox';

const LESSON_02 = '/courses/gemini-in-production/cost-routing';
const bar = (page: Page) => page.getByRole('region', { name: '학습 현황' });
const labTab = (page: Page) => page.getByRole('tab', { name: '라우터 실험실' });
const rules = (page: Page) => page.getByRole('group', { name: /^규칙 \d+$/ });
const rule = (page: Page, n: number) => page.getByRole('group', { name: `규칙 ${n}`, exact: true });
const announcement = (page: Page) => page.getByTestId('lab-announcement');

async function serious(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a learner opens the lab from lesson 02, builds and runs a router, submits it, earns XP once, and shares it', async ({
  page,
  browser,
}) => {
  // The whole journey, two browsers and a sign-in: longer than one page's test.
  test.setTimeout(120_000);
  // From the lesson's exercise to the lab, which starts from the lesson's SmartRouter.
  await page.goto(LESSON_02);
  await page
    .getByRole('region', { name: '연습 문제' })
    .getByRole('link', { name: '라우터 실험실' })
    .click();
  await expect(page).toHaveURL(/\/playground#router-lab$/);
  await expect(labTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('lab-origin')).toContainText('레슨의 SmartRouter에서 시작했어요.');
  await expect(rules(page)).toHaveCount(5);
  await expect(rule(page, 1).getByLabel('밀리초')).toHaveValue('500');
  await expect(page.getByText('정답 라벨은 실행한 뒤에 공개돼요.')).toBeVisible();

  // Change a rule: a new rule sends what the classifier calls REASON to Pro.
  await page.getByRole('button', { name: '규칙 추가' }).click();
  await expect(rules(page)).toHaveCount(6);
  await expect(rule(page, 6).getByLabel('bucket')).toHaveValue('REASON');
  await expect(rule(page, 6).getByLabel('보낼 tier')).toHaveValue('pro');
  await page.getByRole('button', { name: '라우터 실행' }).click();

  // The figures, the chart and the misrouted prompts with the rule that fired.
  await expect(announcement(page)).toContainText('프롬프트 100개 채점 완료');
  const figures = page.getByTestId('lab-figures');
  for (const row of [
    '내 라우터',
    'Stream 라우터 (auto)',
    '항상 Pro',
    '항상 Flash',
    '항상 Flash-Lite',
    '정답 라벨',
  ])
    await expect(figures.getByRole('rowheader', { name: row, exact: true })).toBeVisible();
  await expect(page.getByTestId('lab-row-labels')).toContainText('0.0% (0)');
  await expect(page.getByTestId('lab-chart').locator('svg').first()).toBeVisible();
  const misrouted = page.getByTestId('lab-misrouted');
  await expect(misrouted.getByRole('row').nth(1)).toBeVisible();
  await expect(misrouted.getByRole('cell', { name: '기본 tier' }).first()).toBeVisible();
  await expect(rule(page, 6)).toContainText(/지난 실행에서 프롬프트 \d+개를 보냈어요/);

  // A change is graded again at once.
  const before = await page.getByTestId('lab-row-router').textContent();
  await rule(page, 6).getByLabel('보낼 tier').selectOption('flash-lite');
  await expect(page.getByTestId('lab-row-router')).not.toHaveText(before!);

  // The hidden round as a visitor: figures, no XP.
  await page.getByRole('button', { name: '히든 라운드에 제출' }).click();
  await expect(page.getByTestId('hidden-result')).toContainText('아직 통과하지 못했어요');
  await expect(announcement(page)).toContainText('히든 라운드 미통과');

  // Reload: the visitor's router is still here.
  await expect(page.getByTestId('lab-save-state')).toContainText('이 브라우저에 저장됨');
  await page.reload();
  await expect(labTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('lab-origin')).toContainText('이 브라우저에 저장된 라우터예요.');
  await expect(rules(page)).toHaveCount(6);
  await expect(rule(page, 6).getByLabel('보낼 tier')).toHaveValue('flash-lite');

  // Signing in moves it into the account, with nothing lost.
  const email = uniqueEmail('lab');
  await signInViaOutbox(page, email);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '이 브라우저의 라우터 실험실 라우터를 계정으로 옮겼어요.' }),
  ).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('stream-router-lab-v1')))
    .toBeNull();
  await page.goto('/playground#router-lab');
  await expect(page.getByTestId('lab-origin')).toContainText('계정에 저장된 라우터예요.');
  await expect(rules(page)).toHaveCount(6);
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('0 XP');

  // A router that passes: opened from a link, changed, and submitted.
  await page.goto(`/playground${shareFragment(confidentRouter())}`);
  await expect(page.getByTestId('lab-origin')).toContainText('공유 링크로 연 라우터예요.');
  await expect(rules(page)).toHaveCount(8);
  await rule(page, 5).getByLabel('퍼센트').fill('85');
  await expect(page.getByTestId('lab-save-state')).toContainText('계정에 저장됨');
  await page.getByRole('button', { name: '히든 라운드에 제출' }).click();
  await expect(page.getByTestId('hidden-result')).toContainText('통과!');
  await expect(page.getByText('XP와 ‘라우터 제작자’ 업적을 받았어요.')).toBeVisible();
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('80 XP');
  await expect(page.getByRole('status').filter({ hasText: '라우터 제작자' })).toBeVisible();

  // Once only.
  await page.getByRole('button', { name: '히든 라운드에 제출' }).click();
  await expect(page.getByText('이 보상은 이미 받았어요.')).toBeVisible();
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('80 XP');

  // Reload: the account keeps the changed router.
  await page.goto('/playground#router-lab');
  await expect(page.getByTestId('lab-origin')).toContainText('계정에 저장된 라우터예요.');
  await expect(rules(page)).toHaveCount(8);
  await expect(rule(page, 5).getByLabel('퍼센트')).toHaveValue('85');

  // A share link opens the same rules in another browser.
  await page.getByRole('button', { name: '공유 링크 만들기' }).click();
  const link = await page.getByLabel('공유 링크').inputValue();
  expect(link).toMatch(/\/playground#lab=[A-Za-z0-9_-]+$/);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await expect(labTab(otherPage)).toHaveAttribute('aria-selected', 'true');
  await expect(otherPage.getByTestId('lab-origin')).toContainText('공유 링크로 연 라우터예요.');
  await expect(rules(otherPage)).toHaveCount(8);
  await expect(rule(otherPage, 5).getByLabel('퍼센트')).toHaveValue('85');
  await expect(rule(otherPage, 4).getByLabel('bucket')).toHaveValue('REASON');
  await other.close();
});

test('the lab works by keyboard alone, every control labelled, results announced', async ({
  page,
}) => {
  await page.goto('/playground');
  await page.getByRole('tab', { name: '프롬프트 하나' }).focus();
  await page.keyboard.press('End');
  await expect(labTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(labTab(page)).toBeFocused();
  await expect(rules(page)).toHaveCount(5);

  // Reach "add rule" with Tab from the tab list, then press it.
  const add = page.getByRole('button', { name: '규칙 추가' });
  for (let i = 0; i < 80 && !(await add.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rules(page)).toHaveCount(6);

  // Its condition, by keyboard: the kind select, then the bucket select.
  const kind = rule(page, 6).getByLabel('조건 종류');
  await kind.focus();
  await page.keyboard.press('Home');
  await expect(kind).toHaveValue('needsReasoning');
  await page.keyboard.press('Tab');
  await expect(rule(page, 6).getByLabel('선언 값')).toBeFocused();

  // Move the new rule up and run.
  await rule(page, 6).getByRole('button', { name: '위로 (규칙 6)' }).focus();
  await page.keyboard.press('Enter');
  await expect(rule(page, 5).getByLabel('조건 종류')).toHaveValue('needsReasoning');
  // Focus moved with the rule.
  await expect(rule(page, 5).getByRole('button', { name: '위로 (규칙 5)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rule(page, 4).getByLabel('조건 종류')).toHaveValue('needsReasoning');
  await expect(rule(page, 4).getByRole('button', { name: '위로 (규칙 4)' })).toBeFocused();
  // Removing a rule leaves focus in the list, not on the page's body.
  await rule(page, 4).getByRole('button', { name: '규칙 삭제 (규칙 4)' }).focus();
  await page.keyboard.press('Enter');
  await expect(rules(page)).toHaveCount(5);
  await expect(rule(page, 4).getByLabel('보낼 tier')).toBeFocused();
  await page.getByRole('button', { name: '라우터 실행' }).focus();
  await page.keyboard.press('Enter');
  await expect(announcement(page)).toContainText('프롬프트 100개 채점 완료');
  await expect(page.getByTestId('lab-figures')).toBeVisible();

  // A bad value is named and stops the run until fixed.
  const latency = rule(page, 1).getByLabel('밀리초');
  await latency.fill('');
  await expect(
    page.getByRole('alert').filter({ hasText: '규칙 1의 조건 1의 값이 올바르지 않아요' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '라우터 실행' })).toBeDisabled();
  await latency.fill('500');
  await expect(page.getByRole('button', { name: '라우터 실행' })).toBeEnabled();

  // Every control of the lab has a name.
  const unnamed = await page
    .getByRole('tabpanel', { name: '라우터 실험실' })
    .locator('select, input, button')
    .evaluateAll((elements) =>
      elements
        .filter((el) => !(el as HTMLElement).closest('[hidden]'))
        .filter((el) => {
          const id = el.id;
          const labelled = id && document.querySelector(`label[for="${CSS.escape(id)}"]`);
          return !labelled && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
  expect(unnamed).toEqual([]);
  expect(await serious(page)).toEqual([]);
});

test('on /en the lab speaks English', async ({ page }) => {
  await page.goto('/en/playground#router-lab');
  const tab = page.getByRole('tab', { name: 'Router lab' });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel', { name: 'Router lab' });
  await expect(panel.getByText("Started from the lesson's SmartRouter.")).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Rule 1', exact: true })).toBeVisible();
  expect(await panel.textContent()).not.toMatch(/[\uac00-\ud7a3]/);
  await page.getByRole('button', { name: 'Run router' }).click();
  await expect(announcement(page)).toContainText('Graded 100 prompts');
  await expect(
    page.getByTestId('lab-figures').getByRole('rowheader', { name: 'Your router' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Submit to the hidden round' }).click();
  await expect(page.getByTestId('hidden-result')).toContainText('Not passed yet');
  await expect(
    page.getByText('Sign in to earn XP and an achievement when you pass.'),
  ).toBeVisible();
});

test('a broken share link is refused with a message, and the lab starts from the SmartRouter', async ({
  page,
}) => {
  await page.goto('/playground#lab=not-a-router%F0%9F%92%A5');
  await expect(labTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('alert').filter({ hasText: '공유 링크의 라우터를 읽을 수 없어서 무시했어요.' }),
  ).toBeVisible();
  await expect(rules(page)).toHaveCount(5);
  // A good link pasted into the same tab afterwards opens its router.
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, shareFragment(confidentRouter()));
  await expect(page.getByTestId('lab-origin')).toContainText('공유 링크로 연 라우터예요.');
  await expect(rules(page)).toHaveCount(8);
  await expect(page.getByRole('alert').filter({ hasText: '공유 링크' })).toHaveCount(0);
});

test('the hidden round never reaches the browser: no client chunk holds one of its prompts', async ({
  page,
}) => {
  const source = fs.readFileSync(path.resolve('lib/playground/hidden-round.server.ts'), 'utf8');
  const prompts = [...source.matchAll(/\['(?:flash-lite|flash|pro)',\s*'([^']+)'/g)].map(
    (m) => m[1]!,
  );
  expect(prompts.length).toBeGreaterThanOrEqual(40);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) files.push(full);
    }
  };
  walk(path.resolve('.next/static'));
  expect(files.length).toBeGreaterThan(0);
  const leaks: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const prompt of prompts)
      if (text.includes(prompt)) leaks.push(`${path.basename(file)}: ${prompt}`);
  }
  expect(leaks).toEqual([]);
  // And what the lab's page actually loads holds none either.
  const loaded: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) loaded.push(await response.text().catch(() => ''));
  });
  await page.goto('/playground#router-lab');
  await expect(rules(page)).toHaveCount(5);
  await page.getByRole('button', { name: '히든 라운드에 제출' }).click();
  await expect(page.getByTestId('hidden-result')).toBeVisible();
  for (const text of loaded)
    for (const prompt of prompts) expect(text.includes(prompt)).toBe(false);
});
