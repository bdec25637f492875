import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { lessonCheckIds, resolveCheck } from '../../lib/checks/registry';
import { MODERATOR_EMAIL } from '../../playwright.config';
import { answerCheck, checkOnPage, passAllChecks } from './support/checks';
import { signInViaOutbox, uniqueEmail } from './support/outbox';

const COURSE = 'gemini-in-production';
const LESSON = (slug: string) => `/courses/${COURSE}/${slug}`;
const bar = (page: Page) => page.getByRole('region', { name: /학습 현황|Your progress/ });
const TOOL_CHECK = `${COURSE}/cost-routing/tool-80k`;
const FLASH_CHECK = `${COURSE}/cost-routing/flash-thousand`;

test('a wrong answer explains itself; a right one gives XP once and survives a reload', async ({
  page,
}) => {
  await page.goto(LESSON('cost-routing'));
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('0 XP');
  const check = await answerCheck(page, TOOL_CHECK, 'wrong');
  await expect(check.getByRole('status')).toContainText('세 번째 규칙에서 Flash');
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('0 XP');

  await answerCheck(page, TOOL_CHECK, 'right');
  await expect(check.getByRole('status')).toContainText('정답이에요! +10 XP');
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('10 XP');
  // Again: right, but no more XP.
  await check.getByRole('button', { name: '확인' }).click();
  await expect(check.getByRole('status')).toHaveText(/^정답이에요!(?! \+)/);
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('10 XP');

  await page.reload();
  await expect((await checkOnPage(page, TOOL_CHECK)).getByText('✓ 통과')).toBeVisible();
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('10 XP');
  await expect(page.getByText('확인 문제 1/3 통과')).toBeVisible();
});

test('a numeric answer is the catalog figure of the page’s day', async ({ page }) => {
  await page.goto(LESSON('cost-routing'));
  const check = await checkOnPage(page, FLASH_CHECK);
  const day = (await check.getAttribute('data-check-day'))!;
  const resolved = resolveCheck(FLASH_CHECK, day)!;
  await expect(check.locator('legend')).toContainText(resolved.basis['flash:model']!);
  await check.getByRole('textbox').fill(`$${(resolved.answer as number).toPrecision(3)}`);
  await check.getByRole('button', { name: '확인' }).click();
  await expect(check.getByRole('status')).toContainText('정답이에요! +10 XP');
  await expect(check.getByRole('status')).toContainText(resolved.basis['flash:input']!);
});

test('checks answer from the keyboard alone, and the result is announced', async ({ page }) => {
  const id = `${COURSE}/gemini-adapter/billed-input`;
  await page.goto(LESSON('gemini-adapter'));
  const check = await checkOnPage(page, id);
  // Tab through the page until the check's radio group has focus.
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (
      await check
        .getByRole('radio')
        .first()
        .evaluate((el) => el === document.activeElement)
    )
      break;
  }
  await expect(check.getByRole('radio').first()).toBeFocused();
  await expect(check.getByRole('group')).toHaveAccessibleName(/확인 문제.*promptTokenCount/);
  // Arrow keys move through the choices; the second one ("2,000개") is right.
  await page.keyboard.press('ArrowDown');
  await expect(check.getByRole('radio', { name: '2,000개' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(check.getByRole('button', { name: '확인' })).toBeFocused();
  await page.keyboard.press('Enter');
  const status = check.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText('정답이에요! +10 XP');
  await expect(status).toContainText('10,000 − 8,000 = 2,000');
});

test('a visitor’s answers move into the account at sign-in and follow it to a second device', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('checks');
  await page.goto(LESSON('caching-and-batch'));
  await passAllChecks(page);
  const xp = lessonCheckIds(`${COURSE}/caching-and-batch`).length * 10 + 70;
  await expect(bar(page)).toContainText(`${xp} XP`);
  await expect(bar(page)).toContainText('레슨 1/4');
  await expect(page.getByText('✓ 완료했어요')).toBeVisible();

  await signInViaOutbox(page, email);
  await expect(bar(page)).toContainText(`${xp} XP`);
  await expect(bar(page)).toContainText('레슨 1/4');
  expect(await page.evaluate(() => localStorage.getItem('stream-check-answers-v1'))).toBeNull();

  const other = await browser.newContext({ locale: 'ko-KR' });
  const otherPage = await other.newPage();
  await otherPage.goto(LESSON('caching-and-batch'));
  await signInViaOutbox(otherPage, email);
  await expect(bar(otherPage)).toContainText(`${xp} XP`);
  await expect(otherPage.getByText('✓ 완료했어요')).toBeVisible();
  await expect(
    (await checkOnPage(otherPage, `${COURSE}/caching-and-batch/lite-batch-cost`)).getByText(
      '✓ 통과',
    ),
  ).toBeVisible();
  // A right answer there earns nothing more.
  await answerCheck(otherPage, `${COURSE}/caching-and-batch/lite-batch-cost`, 'right');
  await otherPage.goto(`/courses/${COURSE}`);
  await expect(bar(otherPage)).toContainText(`${xp} XP`);
  await other.close();
});

test('a completed lesson whose catalog figures changed is marked for review, with what changed', async ({
  page,
}) => {
  const email = uniqueEmail('review');
  await page.goto(LESSON('cost-routing'));
  await signInViaOutbox(page, email);
  await passAllChecks(page);
  const before = 3 * 10 + 70;
  await expect(bar(page)).toContainText(`${before} XP`);
  await page.goto(`/courses/${COURSE}`);
  await expect(page.getByText('이 레슨의 숫자가 바뀌었어요')).toHaveCount(0);

  // The learner passed on figures the catalog no longer has: as if the Flash price moved since.
  const database = new Database(path.resolve('data/e2e-offline.db'));
  try {
    const row = database
      .prepare(
        'SELECT a.id, a.basis FROM CheckAnswer a JOIN User u ON u.id = a.userId WHERE u.email = ? AND a.checkId = ?',
      )
      .get(email, FLASH_CHECK) as { id: string; basis: string };
    const basis = { ...JSON.parse(row.basis), 'flash:input': '$0.01' };
    database
      .prepare('UPDATE CheckAnswer SET basis = ? WHERE id = ?')
      .run(JSON.stringify(basis), row.id);
  } finally {
    database.close();
  }
  const today = JSON.parse(
    JSON.stringify(resolveCheck(FLASH_CHECK, new Date().toISOString().slice(0, 10))!.basis),
  ) as Record<string, string>;

  await page.reload();
  const mark = page.getByTestId('lesson-review');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('이 레슨의 숫자가 바뀌었어요');
  await expect(mark).toContainText(`Flash 입력 가격: $0.01 → ${today['flash:input']}`);

  await page.goto(`/en/courses/${COURSE}`);
  await expect(page.getByTestId('lesson-review')).toContainText(
    'The figures in this lesson have changed',
  );
  await expect(page.getByTestId('lesson-review')).toContainText('Flash input price');

  await page.goto(LESSON('cost-routing'));
  await expect(page.getByTestId('lesson-review')).toContainText('이 레슨의 숫자가 바뀌었어요');
  const check = await checkOnPage(page, FLASH_CHECK);
  await expect(check).toContainText('이 문제의 숫자가 바뀌었어요');
  await answerCheck(page, FLASH_CHECK, 'right');
  await expect(check.getByRole('status')).toContainText('복습 완료! +5 XP');
  await expect(bar(page)).toContainText(`${before + 5} XP`);
  await page.reload();
  await expect(page.getByTestId('lesson-review')).toHaveCount(0);
});

test('after a client-side navigation the next lesson’s checks are answerable too', async ({
  page,
}) => {
  await page.goto(LESSON('gemini-adapter'));
  await checkOnPage(page, `${COURSE}/gemini-adapter/billed-input`);
  await page.getByRole('link', { name: /다음 레슨/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON('cost-routing')}$`));
  await answerCheck(page, TOOL_CHECK, 'right');
  await expect(page.locator('form[data-check-form]')).toHaveCount(3);
});

test('English pages word the checks in English, the lesson stays Korean', async ({ page }) => {
  await page.goto(`/en${LESSON('cost-routing')}`);
  const check = await checkOnPage(page, TOOL_CHECK);
  await expect(check.locator('legend')).toContainText('Check your understanding');
  await expect(check.locator('legend')).toContainText('SmartRouter');
  await check.getByRole('radio', { name: 'Pro', exact: true }).check();
  await check.getByRole('button', { name: 'Check' }).click();
  await expect(check.getByRole('status')).toContainText('Not quite');
  await expect(page.getByText('Checks passed: 0/3')).toBeVisible();
});

test('authors see, per check, how many tried and the share right at first try', async ({
  page,
}) => {
  await page.goto(LESSON('gemini-adapter'));
  await signInViaOutbox(page, MODERATOR_EMAIL);
  await answerCheck(page, `${COURSE}/gemini-adapter/abort-billing`, 'wrong');
  await answerCheck(page, `${COURSE}/gemini-adapter/abort-billing`, 'right');
  await page.goto('/moderation');
  const lesson = page.getByTestId(`check-stats-${COURSE}/gemini-adapter`);
  await expect(lesson).toContainText('문제 신고');
  const row = lesson.getByRole('row', { name: /abort-billing/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').first()).not.toHaveText('0');
});
