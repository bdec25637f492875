import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MODERATOR_EMAIL } from '../../playwright.config';
import { signedInLearner } from './support/learners';
import { mailsTo } from './support/outbox';
import { MINUTE_MS, clearOfWindowEdge } from './support/window';

// Its own lesson, so the other suites' comment counts stay put.
const LESSON = '/courses/gemini-in-production/fallbacks-limits-and-monitoring';
const LESSON_ID = 'gemini-in-production/fallbacks-limits-and-monitoring';

const comments = (page: Page) => page.getByRole('region', { name: /^댓글 \d+$/ });
// Comments are the articles with a comment id (the lesson itself is an article too).
const commentArticle = (page: Page, text: string) =>
  page.locator('article[id^="comment-"]').filter({ hasText: text });

async function postComment(page: Page, text: string) {
  await comments(page).getByLabel('댓글 쓰기').fill(text);
  await comments(page).getByRole('button', { name: '댓글 남기기' }).click();
  await expect(commentArticle(page, text)).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('A comments, B replies: A is notified, B is not; edits and deletes are honest', async ({
  browser,
}) => {
  const a = await signedInLearner(browser, LESSON);
  const b = await signedInLearner(browser, LESSON);
  const first = `A의 질문 ${Date.now()}`;
  await postComment(a.page, first);

  await b.page.reload();
  await commentArticle(b.page, first).getByRole('button', { name: '답글' }).click();
  await b.page.getByLabel(/님에게 답글$/).fill('B의 답글: **굵게** 답해요');
  await b.page.getByRole('button', { name: '답글 남기기' }).click();
  const reply = commentArticle(b.page, 'B의 답글');
  await expect(reply.locator('strong')).toHaveText('굵게');

  // A's bell shows one unread reply; B's shows none.
  await a.page.reload();
  await expect(a.page.getByTestId('bell-count')).toHaveText('1');
  await a.page.getByRole('button', { name: /^알림: 읽지 않은 알림 1개$/ }).click();
  const panel = a.page.getByRole('region', { name: '알림' });
  await expect(panel.getByRole('link', { name: /님이 내 댓글에 답글을 남겼어요/ })).toContainText(
    'B의 답글',
  );
  await panel.getByRole('button', { name: '모두 읽음' }).click();
  await expect(a.page.getByTestId('bell-count')).toHaveCount(0);
  await expect(b.page.getByTestId('bell-count')).toHaveCount(0);

  // By e-mail too (the outbox, with no SMTP here), linking to the reply; never to the replier.
  await expect
    .poll(() => mailsTo(a.email).filter((mail) => mail.subject.includes('답글')).length)
    .toBe(1);
  expect(mailsTo(a.email).at(-1)?.url).toMatch(new RegExp(`/courses/${LESSON_ID}#comment-`));
  expect(mailsTo(b.email).filter((mail) => mail.subject.includes('답글'))).toEqual([]);

  // A turns reply e-mails off (the bell's panel is still open): the next reply rings the bell but sends no mail.
  await a.page.getByRole('region', { name: '알림' }).getByLabel('이메일로도 받기').uncheck();
  await expect(
    a.page.getByRole('region', { name: '알림' }).getByLabel('이메일로도 받기'),
  ).not.toBeChecked();
  await commentArticle(b.page, first).getByRole('button', { name: '답글' }).click();
  await b.page.getByLabel(/님에게 답글$/).fill('B의 두 번째 답글');
  await b.page.getByRole('button', { name: '답글 남기기' }).click();
  await expect(commentArticle(b.page, 'B의 두 번째 답글')).toBeVisible();
  await a.page.reload();
  await expect(a.page.getByTestId('bell-count')).toHaveText('1');
  expect(mailsTo(a.email).filter((mail) => mail.subject.includes('답글'))).toHaveLength(1);

  // A edits: the comment says so.
  await commentArticle(a.page, first).getByRole('button', { name: '수정' }).click();
  await a.page.getByLabel('댓글 수정').fill(`${first} (고침)`);
  await a.page.getByRole('button', { name: '저장' }).click();
  await expect(commentArticle(a.page, `${first} (고침)`)).toContainText('수정됨');

  // A deletes: the text goes, a placeholder keeps B's reply in place.
  a.page.once('dialog', (dialog) => dialog.accept());
  await commentArticle(a.page, `${first} (고침)`)
    .getByRole('button', { name: '삭제' })
    .first()
    .click();
  await expect(a.page.getByText('삭제된 댓글이에요.')).toBeVisible();
  await expect(commentArticle(a.page, 'B의 답글')).toBeVisible();
  await expect(a.page.getByText(`${first} (고침)`)).toHaveCount(0);

  await a.context.close();
  await b.context.close();
});

test("B cannot edit or delete A's comment: no button, and the server answers 403", async ({
  browser,
}) => {
  const a = await signedInLearner(browser, LESSON);
  const b = await signedInLearner(browser, LESSON);
  const text = `A만 고칠 수 있는 댓글 ${Date.now()}`;
  await postComment(a.page, text);
  const id = (await commentArticle(a.page, text).getAttribute('id'))!.replace('comment-', '');

  await b.page.reload();
  await expect(commentArticle(b.page, text)).toBeVisible();
  await expect(commentArticle(b.page, text).getByRole('button', { name: '수정' })).toHaveCount(0);
  await expect(commentArticle(b.page, text).getByRole('button', { name: '삭제' })).toHaveCount(0);

  const edit = await b.context.request.patch(`/api/comments/${id}`, { data: { body: 'B가 바꿈' } });
  expect(edit.status()).toBe(403);
  expect((await edit.json()).error.code).toBe('forbidden');
  const remove = await b.context.request.delete(`/api/comments/${id}`);
  expect(remove.status()).toBe(403);
  // Signed out: 401.
  expect(
    (
      await (
        await browser.newContext()
      ).request.patch(`/api/comments/${id}`, { data: { body: 'x' } })
    ).status(),
  ).toBe(401);

  await a.page.reload();
  await expect(commentArticle(a.page, text)).toBeVisible();
  await expect(a.page.getByText('B가 바꿈')).toHaveCount(0);
  await a.context.close();
  await b.context.close();
});

test('a reported comment is hidden by a moderator: gone for others, flagged for its author', async ({
  browser,
}) => {
  const a = await signedInLearner(browser, LESSON);
  const b = await signedInLearner(browser, LESSON);
  const text = `신고될 댓글 ${Date.now()}`;
  await postComment(a.page, text);

  await b.page.reload();
  await commentArticle(b.page, text).getByRole('button', { name: '신고' }).click();
  await b.page.getByLabel('신고 사유').fill('광고성 댓글이에요');
  await b.page.getByRole('button', { name: '신고하기' }).click();
  await expect(b.page.getByText('신고했어요. 모더레이터가 확인할게요.')).toBeVisible();

  const moderator = await signedInLearner(browser, '/moderation', MODERATOR_EMAIL);
  await moderator.page.goto('/moderation');
  const report = moderator.page.getByRole('listitem').filter({ hasText: text });
  await expect(report).toContainText('광고성 댓글이에요');
  await report.getByRole('button', { name: '숨기기' }).click();
  await expect(moderator.page.getByRole('region', { name: /숨긴 댓글/ })).toContainText(text);

  await b.page.reload();
  await expect(comments(b.page)).toBeVisible();
  await expect(b.page.getByText(text)).toHaveCount(0);
  await a.page.reload();
  await expect(commentArticle(a.page, text)).toContainText(
    '모더레이터가 숨긴 댓글이에요. 다른 사람에게는 보이지 않아요.',
  );

  // A learner cannot moderate.
  const id = (await commentArticle(a.page, text).getAttribute('id'))!.replace('comment-', '');
  expect(
    (
      await b.context.request.post(`/api/comments/${id}/moderation`, {
        data: { action: 'restore' },
      })
    ).status(),
  ).toBe(403);
  for (const learner of [a, b, moderator]) await learner.context.close();
});

test('a signed-out visitor reports a problem and the moderator inbox shows it', async ({
  page,
  browser,
}) => {
  await page.goto(LESSON);
  await page.getByRole('button', { name: '문제 신고' }).click();
  const form = page.getByRole('form', { name: '문제 신고' });
  await form.getByRole('button', { name: '신고 보내기' }).click();
  await expect(form.getByText('문제 종류를 골라 주세요.')).toBeVisible();
  await expect(form.getByText(/내용을 입력해 주세요/)).toBeVisible();

  const message = `표의 Flash 가격이 틀렸어요 ${Date.now()}`;
  await form.getByLabel('틀린 내용').check();
  await form.getByLabel('무엇이 문제인가요?').fill(message);
  await form.getByLabel('연락처 (선택)').fill('reader@example.com');
  await form.getByRole('button', { name: '신고 보내기' }).click();
  await expect(page.getByText('고마워요! 신고가 접수됐어요.')).toBeVisible();

  const moderator = await signedInLearner(browser, '/', MODERATOR_EMAIL);
  await moderator.page.goto('/moderation');
  const entry = moderator.page.locator('[data-problem-report]').filter({ hasText: message });
  await expect(entry).toContainText('wrong-fact');
  await expect(entry).toContainText(LESSON);
  await expect(entry).toContainText('reader@example.com');
  await entry.getByLabel('상태').selectOption('in-progress');
  await moderator.page.reload();
  await expect(
    moderator.page.locator('[data-problem-report]').filter({ hasText: message }).getByLabel('상태'),
  ).toHaveValue('in-progress');
  await moderator.context.close();
});

test('commenting too fast gets a clear message, and the course page counts comments', async ({
  browser,
}) => {
  const a = await signedInLearner(browser, LESSON);
  await comments(a.page).getByLabel('댓글 쓰기').fill('여섯 번째 댓글');
  // The limit (5 a minute) counts per clock minute: post five and send the
  // form within one.
  await clearOfWindowEdge(MINUTE_MS, 15_000);
  for (let i = 0; i < 5; i++) {
    const response = await a.context.request.post('/api/comments', {
      data: { lessonId: LESSON_ID, body: `연속 댓글 ${i}` },
    });
    expect(response.status()).toBe(201);
  }
  await comments(a.page).getByRole('button', { name: '댓글 남기기' }).click();
  await expect(comments(a.page).getByRole('alert')).toContainText('댓글을 너무 빨리 남기고 있어요');
  await expect(comments(a.page).getByLabel('댓글 쓰기')).toHaveValue('여섯 번째 댓글');

  // After a reload the thread shows at least the comments just posted.
  await a.page.reload();
  const heading = comments(a.page).getByRole('heading', { level: 2 });
  const shown = async () => Number((await heading.textContent())?.replace(/\D/g, ''));
  await expect.poll(shown).toBeGreaterThanOrEqual(5);
  const count = await shown();
  await a.page.goto('/courses/gemini-in-production');
  const item = a.page.getByRole('listitem').filter({ hasText: '레슨 04' });
  await expect(item.getByTestId('comment-count')).toHaveText(`💬 댓글 ${count}`);
  await a.context.close();
});

test('a lesson page with comments passes an axe scan, signed in', async ({ browser }) => {
  const a = await signedInLearner(browser, LESSON);
  await expect(comments(a.page).locator('article[id^="comment-"]').first()).toBeVisible();
  const results = await new AxeBuilder({ page: a.page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await a.context.close();
});
