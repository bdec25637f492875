import { expect, test, type Page } from '@playwright/test';
import { MODERATOR_EMAIL } from '../../playwright.config';
import { signedInLearner, type Learner } from './support/learners';

// A lesson no other suite comments on, so the thread holds exactly these payloads.
const LESSON = '/courses/gemini-in-production/caching-and-batch';
const LESSON_ID = 'gemini-in-production/caching-and-batch';

/** Each payload, if it ever ran, would set window.__xss or open a dialog. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"></svg>',
  '<iframe src="javascript:window.top.__xss=4"></iframe>',
  '<body onload="window.__xss=5">',
  '<a href="javascript:window.__xss=6">click</a>',
  '[click me](javascript:window.__xss=7)',
  '[click me](JaVaScRiPt:window.__xss=8)',
  '[click me](  javascript:window.__xss=9)',
  '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTA8L3NjcmlwdD4=)',
  '[vb](vbscript:msgbox(11))',
  'javascript:window.__xss=12',
  '<div style="background:url(javascript:window.__xss=13)">x</div>',
  '"><script>window.__xss=14</script>',
  "'><img src=x onerror=window.__xss=15>",
  '<details open ontoggle="window.__xss=16">',
  '<input autofocus onfocus="window.__xss=17">',
  '<video><source onerror="window.__xss=18"></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=19>',
  '<object data="javascript:window.__xss=20"></object>',
  '<embed src="javascript:window.__xss=21">',
  '<form action="javascript:window.__xss=22"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=23">',
  '<base href="javascript:window.__xss=24//">',
  '**<img src=x onerror=window.__xss=25>**',
  '`<script>window.__xss=26</script>`',
  '```\n</code></pre><script>window.__xss=27</script>\n```',
  '[<img src=x onerror=window.__xss=28>](https://example.com)',
  '[x](https://example.com" onmouseover="window.__xss=29)',
  'https://example.com/"><script>window.__xss=30</script>',
  '<a href="&#106;avascript:window.__xss=31">entity</a>',
  '{{constructor.constructor("window.__xss=32")()}}',
  '<scr<script>ipt>window.__xss=33</script>',
  '%3Cscript%3Ewindow.__xss=34%3C/script%3E',
  '<style>@import "javascript:window.__xss=35";</style>',
];

/** No script ran, and nothing the payloads made can run later. */
async function expectInert(page: Page, userContent: ReturnType<Page['locator']>) {
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(await userContent.count()).toBeGreaterThan(0);
  const active = await userContent.evaluateAll((roots) => {
    const found: string[] = [];
    for (const el of roots.flatMap((root) => [...root.querySelectorAll('*')])) {
      const tag = el.tagName.toLowerCase();
      if (
        [
          'script',
          'iframe',
          'object',
          'embed',
          'style',
          'base',
          'meta',
          'svg',
          'math',
          'form',
          'video',
          'img',
        ].includes(tag)
      )
        found.push(`<${tag}>`);
      for (const attr of el.getAttributeNames())
        if (attr.startsWith('on') || attr === 'style' || attr === 'srcdoc')
          found.push(`${tag}[${attr}]`);
      const href = el.getAttribute('href');
      if (href !== null && !/^(https?:\/\/|\/|#)/i.test(href)) found.push(`${tag}[href=${href}]`);
    }
    return found;
  });
  expect(active).toEqual([]);
}

test('30+ XSS payloads through comments and problem reports never execute or leave an active element', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  // Comments are rate-limited to 5 a minute per learner: one learner per five payloads.
  const learners: Learner[] = [];
  for (let i = 0; i < PAYLOADS.length; i += 5) {
    const learner = await signedInLearner(browser, LESSON);
    learner.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const payload of PAYLOADS.slice(i, i + 5)) {
      const response = await learner.context.request.post('/api/comments', {
        data: { lessonId: LESSON_ID, body: payload },
      });
      expect(response.status(), payload).toBe(201);
    }
    learners.push(learner);
  }

  // Problem reports: a signed-out visitor sends the payloads in three reports.
  const visitor = await browser.newContext();
  for (let i = 0; i < 3; i++) {
    const message = PAYLOADS.filter((_, index) => index % 3 === i).join('\n');
    const response = await visitor.request.post('/api/problem-reports', {
      data: {
        kind: 'other',
        message,
        contact: PAYLOADS[i],
        pageUrl: `${LESSON}?q=<script>window.__xss=99</script>`,
      },
    });
    expect(response.status()).toBe(201);
  }
  await visitor.close();

  const reader = learners[0]!.page;
  await reader.goto(LESSON);
  const thread = reader.getByRole('region', { name: /^댓글 \d+$/ });
  for (const payload of PAYLOADS.slice(0, 3))
    await expect(thread).toContainText(payload.slice(0, 20));
  await expect(thread.locator('article[id^="comment-"]')).toHaveCount(PAYLOADS.length, {
    timeout: 15_000,
  });
  // Hover and focus every link in the thread, as a curious reader might.
  for (const link of await thread.getByRole('link').all()) await link.hover();
  // What learners wrote is rendered inside the comment bodies.
  await expectInert(reader, thread.locator('[data-comment-body]'));

  const moderator = await signedInLearner(browser, '/moderation', MODERATOR_EMAIL);
  moderator.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await moderator.page.goto('/moderation');
  const inbox = moderator.page.getByRole('region', { name: /문제 신고함/ });
  await expect(inbox).toContainText('<script>window.__xss=1</script>');
  await expectInert(moderator.page, inbox.locator('[data-problem-report] p'));

  expect(dialogs).toEqual([]);
  for (const learner of [...learners, moderator]) await learner.context.close();
});
