import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TIERS, catalog, isRetired, pricesOn, retiredModels, tierModels } from '../../lib/router';

const LESSON_02 = '/courses/gemini-in-production/cost-routing';

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('a new visitor reading lessons', () => {
  test('goes from home to the course to lesson 02 and finds every part of the lesson', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Gemini in production' }).click();
    await expect(page).toHaveURL(/\/courses\/gemini-in-production$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Gemini in production' }),
    ).toBeVisible();
    const lessonLinks = page.getByRole('main').getByRole('listitem').getByRole('link');
    await expect(lessonLinks).toHaveCount(4);
    await expect(lessonLinks.nth(1)).toContainText(/약 \d+분/);

    await lessonLinks.nth(1).click();
    await expect(page).toHaveURL(new RegExp(`${LESSON_02}$`));
    await expect(page.getByText('Lesson 02 of 04 · published')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('비용 최적화 라우팅');
    await expect(page.getByText(/^~\d+ min$/)).toBeVisible();

    // The strategies table with the lesson's figures.
    const table = page.getByRole('table').filter({ hasText: 'Batch API' });
    await expect(table).toBeVisible();
    await expect(table).toContainText('1.00x');
    await expect(table).toContainText('0.50x');
    await expect(table.getByRole('row', { name: /Priority/ })).toContainText('1.75x–2.00x');

    // At least two titled, highlighted code blocks with a language label.
    const codeBlocks = page.locator('figure[data-code-block]:visible');
    expect(await codeBlocks.count()).toBeGreaterThanOrEqual(2);
    for (const block of (await codeBlocks.all()).slice(0, 2)) {
      await expect(block.locator('figcaption')).not.toHaveText('');
      // Highlighted: the tokens come in several colours.
      const colours = await block
        .locator('pre code [data-line] span')
        .evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
      expect(colours).toBeGreaterThan(2);
    }
    await expect(
      page.locator('figure[data-code-block][data-language="typescript"]').first(),
    ).toBeVisible();

    await expect(page.getByRole('heading', { name: '연습 문제' })).toBeVisible();
    const external = page.getByRole('region', { name: '외부 링크' });
    await expect(external.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    // Completed by passing its checks, which sit in the body where each idea is taught.
    await expect(page.getByText('확인 문제 0/3 통과')).toBeVisible();
    await expect(page.locator('[data-check] form[data-check-form]')).toHaveCount(3);
    await expect(page.getByText('문제 신고')).toBeVisible();
    await expect(page.getByRole('heading', { name: '댓글 0' })).toBeVisible();
    await expect(page.getByText('아직 댓글이 없어요. 첫 댓글을 남겨보세요.')).toBeVisible();
    await expect(page.getByRole('link', { name: /다음 레슨/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /이전 레슨/ })).toBeVisible();
    await expect(page.getByText('레벨 0')).toBeVisible();
    await expect(page.getByText('Spark')).toBeVisible();
  });

  test('quotes the catalog of the day the page was built: tier models, prices, the Pro / Flash-Lite ratio', async ({
    page,
  }) => {
    await page.goto(LESSON_02);
    const stated = page.getByTestId('catalog-day');
    await expect(stated).toHaveText(
      /^이 레슨의 모델 ID와 가격은 \d{4}-\d{2}-\d{2} 카탈로그 기준입니다\. 라우터와 playground도 같은 카탈로그를 씁니다\.$/,
    );
    // The day the page was built: today, or yesterday when the build ran before midnight UTC.
    const day = /\d{4}-\d{2}-\d{2}/.exec((await stated.textContent()) ?? '')![0];
    const now = Date.now();
    expect([0, 1].map((k) => new Date(now - k * 86_400_000).toISOString().slice(0, 10))).toContain(
      day,
    );
    const models = tierModels(catalog, day);
    const usd = (micro: number) => `$${(micro / 1_000_000).toFixed(2)}`;
    const pro = pricesOn(models.pro, day);
    const lite = pricesOn(models['flash-lite'], day);
    const main = page.getByRole('main');
    await expect(main).toContainText(
      `Pro의 출력 단가는 Flash-Lite의 ${Math.round(pro.output / lite.output)}x입니다`,
    );
    for (const tier of TIERS) {
      const row = page.locator(`tr[data-tier="${tier}"]`);
      await expect(row).toContainText(models[tier].id);
      await expect(row).toContainText(usd(pricesOn(models[tier], day).input));
    }
    // No tier names a model that is shut down on the page's day.
    for (const tier of TIERS) expect(isRetired(models[tier], day)).toBe(false);
  });

  test('a lesson that names a shut-down model says what replaced it and what Google answers with', async ({
    page,
  }) => {
    const today = new Date().toISOString().slice(0, 10);
    await page.goto('/courses/gemini-in-production/fallbacks-limits-and-monitoring');
    const note = page.getByTestId('model-status-note');
    for (const r of retiredModels(catalog, ['gemini-2.5-pro', 'gemini-2.5-flash'], today)) {
      await expect(note).toContainText(
        `이 레슨에 나오는 ${r.model}은(는) ${r.on}에 종료되었습니다. 대체 모델은 ${r.successor}이며, Google은 이 ID로 온 요청에 ${r.reroutedTo}로 답하고 그 모델의 요금으로 청구합니다.`,
      );
    }
    // Every reading of the shutdown date is on the page, the newest last.
    const main = page.getByRole('main');
    for (const on of ['2026-06-17', '2026-10-16', '2026-12-01'])
      await expect(main).toContainText(on);
  });

  test('the caching lesson computes its break-evens from the catalog: Pro above 200K breaks even at 2.0 calls an hour', async ({
    page,
  }) => {
    await page.goto('/courses/gemini-in-production/caching-and-batch');
    const table = page.getByRole('table').filter({ hasText: '시간당 손익분기' });
    await expect(table.getByRole('row', { name: /200K 이하/ })).toContainText('4.0회');
    await expect(table.getByRole('row', { name: /200K 초과/ })).toContainText('2.0회');
    const main = page.getByRole('main');
    await expect(main).toContainText('1,024~4,096토큰');
    // A request that reads a cache must not set systemInstruction or tools again.
    await expect(main).toContainText(
      'cachedContent를 쓰는 요청에 systemInstruction이나 tools를 함께 지정하면 안 됩니다',
    );
  });

  test('copy puts the code block on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(LESSON_02);
    const block = page
      .locator('figure[data-code-block]:visible')
      .filter({ hasText: 'latencyBudgetMs' })
      .first();
    const code = await block.locator('pre code').innerText();
    await block.getByRole('button', { name: /코드 복사/ }).click();
    await expect(block.getByRole('button', { name: /코드 복사/ })).toHaveText('복사됨');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard.trim()).toBe(code.trim());
    expect(clipboard).toContain('latencyBudgetMs');
  });

  test('code tabs switch language by click and by arrow keys', async ({ page }) => {
    await page.goto(LESSON_02);
    const tablist = page.getByRole('tablist').first();
    const tabs = tablist.getByRole('tab');
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(1)).toBeFocused();
    const panelId = await tabs.nth(1).getAttribute('aria-controls');
    await expect(page.locator(`[id="${panelId}"]`)).toBeVisible();
  });

  test('the keyboard reaches every control on the lesson page', async ({ page }) => {
    await page.goto(LESSON_02);
    // Islands (checks, the problem report, comments) load after first paint: count their controls too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('[data-check] input[type="radio"]').first()).toBeAttached();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    // Number every visible control a keyboard user should reach.
    const total = await page.evaluate(() => {
      // Inactive tabs (tabindex=-1) are reached with the arrow keys, as ARIA tabs should be.
      const selector =
        'a[href], button:not([disabled]):not([tabindex="-1"]), summary, [tabindex="0"], input, select, textarea';
      const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
        const style = getComputedStyle(el);
        return (
          el.getClientRects().length > 0 && style.visibility !== 'hidden' && !el.closest('[hidden]')
        );
      });
      // A radio group is one stop on the Tab key (arrow keys move inside it): one control.
      const ids = new Map<string, number>();
      for (const el of controls) {
        const key =
          el instanceof HTMLInputElement && el.type === 'radio' && el.name
            ? `radio:${el.name}`
            : `control:${ids.size}`;
        if (!ids.has(key)) ids.set(key, ids.size);
        el.setAttribute('data-control', String(ids.get(key)));
      }
      return ids.size;
    });
    expect(total).toBeGreaterThan(20);
    const reached = new Set<string>();
    for (let i = 0; i < total + 40 && reached.size < total; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-control'));
      if (id) reached.add(id);
    }
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll<HTMLElement>('[data-control]')]
          .filter((el) => !seen.includes(el.getAttribute('data-control')!))
          .map((el) => el.outerHTML.slice(0, 80)),
      [...reached],
    );
    expect(missed).toEqual([]);
  });

  test('the next-lesson link stays where it is while the comments below the lesson load', async ({
    page,
  }) => {
    // Hold the comments back until the link's place has been read.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/comments?*', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(LESSON_02);
    // The checks above the link turn into forms as soon as the page is ready.
    await expect(page.locator('[data-check] form[data-check-form]')).toHaveCount(3);
    await expect(page.getByText('확인 문제 0/3 통과')).toBeVisible();
    const next = page.getByRole('link', { name: /다음 레슨/ });
    const comments = page.locator('section[aria-labelledby="comments"]');
    const top = () => next.evaluate((link) => link.getBoundingClientRect().top + window.scrollY);
    const height = () => comments.evaluate((section) => section.getBoundingClientRect().height);
    const [linkBefore, commentsBefore] = [await top(), await height()];
    release();
    await next.scrollIntoViewIfNeeded();
    await expect(page.getByText('아직 댓글이 없어요. 첫 댓글을 남겨보세요.')).toBeVisible();
    // The comments grew into their place, and the link did not move.
    expect(await height()).toBeGreaterThan(commentsBefore);
    expect(await top()).toBe(linkBefore);
  });

  for (const [name, path] of [
    ['home', '/'],
    ['course', '/courses/gemini-in-production'],
    ['lesson', LESSON_02],
  ] as const) {
    test(`axe finds no serious or critical violation on the ${name} page, light and dark`, async ({
      page,
    }) => {
      await page.goto(path);
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('button', { name: '다크 모드 전환' }).click();
      await expect(page.locator('html')).toHaveClass(/dark/);
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('an unknown lesson or course is a real 404', async ({ page }) => {
    for (const path of [
      '/courses/gemini-in-production/no-such-lesson',
      '/courses/no-such-course',
      '/en/courses/gemini-in-production/nope',
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
    await page.goto('/courses/gemini-in-production/no-such-lesson');
    await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없어요' })).toBeVisible();
  });

  test('dark mode is remembered across pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '다크 모드 전환' }).click();
    await page.goto(LESSON_02);
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(page.getByRole('button', { name: '다크 모드 전환' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('English UI is one click away and keeps the page', async ({ page }) => {
    await page.goto(LESSON_02);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en${LESSON_02}$`));
    await expect(page.getByRole('heading', { name: 'External links' })).toBeVisible();
    await expect(page.getByText('Checks passed: 0/3')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('reads on a phone without sideways scrolling of the page', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(LESSON_02);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Menu entries stay on one line each (Korean words are not broken up letter by letter).
    for (const link of await page
      .getByRole('navigation', { name: '주 메뉴' })
      .getByRole('link')
      .all()) {
      expect((await link.boundingBox())!.height).toBeLessThan(44);
    }
    // The table of contents folds into a disclosure on small screens.
    await page.getByText('이 페이지의 내용').first().click();
    await expect(page.locator('#toc-mobile')).toBeVisible();
    await context.close();
  });
});
