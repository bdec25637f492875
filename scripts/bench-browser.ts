/**
 * Browser benchmarks for `npm run bench` (run by scripts/bench-server.ts
 * while the production server is up):
 *   6. weight: first-load JavaScript of a page, gzipped, as a browser gets it
 *   7. playground: time from "route it" to the decision on screen (offline),
 *      and the 100-prompt exercise run in the browser
 * Uses Debian's Chromium through Playwright, against 127.0.0.1 only.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import type { Row } from './bench-server';
import { LESSON_02_BUDGET, LESSON_02_PATH, PAGE_BUDGET, PLAYGROUND_BUDGET } from './page-budgets';
import { kb, pageWeight } from './page-weight';

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function benchBrowser(base: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, page, budget] of [
    ['lesson 02', `/ko${LESSON_02_PATH}`, LESSON_02_BUDGET],
    ['home page', '/ko', PAGE_BUDGET],
    ['playground', '/ko/playground', PLAYGROUND_BUDGET],
  ] as const) {
    const weight = await pageWeight(base, page);
    rows.push(
      {
        section: 'weight',
        metric: `${name}: HTML (gzipped ${kb(weight.htmlGzipBytes)})`,
        value: kb(weight.htmlBytes),
        target: budget.htmlBytes ? `<= ${kb(budget.htmlBytes)} (budget)` : undefined,
      },
      {
        section: 'weight',
        metric: `${name}: first-load JS, gzipped (${weight.scripts.length} files)`,
        value: kb(weight.jsGzipBytes),
        target: `<= ${kb(budget.jsGzipBytes)} (budget)`,
      },
    );
  }
  // A fresh machine has no Chromium until `npm run test:setup` installs Debian's.
  if (!existsSync(chromiumLaunchOptions.executablePath)) {
    const skipped = `skipped: no Chromium at ${chromiumLaunchOptions.executablePath} (\`npm run test:setup\` installs Debian's chromium)`;
    rows.push(
      { section: 'lcp', metric: skipped, value: '-' },
      { section: 'playground', metric: skipped, value: '-' },
    );
    return rows;
  }
  try {
    rows.push(...(await benchLcp(base)));
  } catch (e) {
    rows.push({
      section: 'lcp',
      metric: `failed: ${(e as Error).message.split('\n')[0]}`,
      value: '-',
    });
  }

  try {
    rows.push(...(await benchPlayground(base)));
  } catch (e) {
    rows.push({
      section: 'playground',
      metric: `failed: ${(e as Error).message.split('\n')[0]}`,
      value: '-',
    });
  }
  return rows;
}

async function benchPlayground(base: string): Promise<Row[]> {
  const rows: Row[] = [];
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/ko/playground`);
    const prompt = page.getByLabel('프롬프트', { exact: true });
    const submit = page.getByRole('button', { name: '라우팅하기' });
    const decided: number[] = [];
    let previous = '';
    for (let i = 0; i < 10; i++) {
      // Each prompt is longer than the last, so its decision shows a new token count.
      await prompt.fill(
        `두 정렬된 배열의 중앙값을 구하는 방법을 설명해 줘. ${'자세히 '.repeat(i * 10)}`,
      );
      const t0 = await page.evaluate(() => performance.now());
      await submit.click();
      await page.waitForFunction(
        (before) => {
          const tokens = document.querySelector('[data-testid="input-tokens"]')?.textContent ?? '';
          return tokens !== '' && tokens !== before;
        },
        previous,
        { timeout: 10_000 },
      );
      decided.push((await page.evaluate(() => performance.now())) - t0);
      previous = (await page.getByTestId('input-tokens').textContent()) ?? '';
    }
    rows.push({
      section: 'playground',
      metric: 'submit to decision on screen (offline), median of 10',
      value: `${median(decided).toFixed(0)} ms`,
    });

    await page.getByRole('tab', { name: /연습/ }).click();
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: '연습 실행' }).click();
      await page.getByTestId('cost-chart').waitFor();
      await page.getByRole('button', { name: '연습 실행' }).waitFor();
      runs.push((await page.evaluate(() => performance.now())) - t0);
    }
    rows.push({
      section: 'playground',
      metric: '100-prompt exercise in the browser, click to chart, median of 3',
      value: `${median(runs).toFixed(0)} ms`,
      target: '< 1 s',
    });
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * Largest Contentful Paint of lesson 02 on a slow phone: 4x CPU throttling
 * and Lighthouse's mobile network (150 ms round trip, 1.6 Mbps down,
 * 750 Kbps up), a fresh browser context (empty cache) per run, median of 3.
 */
export async function benchLcp(base: string): Promise<Row[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const samples: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await page.goto(`${base}/ko${LESSON_02_PATH}`, { waitUntil: 'load', timeout: 60_000 });
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]!.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(NaN), 10_000);
          }),
      );
      samples.push(lcp);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [
    {
      section: 'lcp',
      metric: 'lesson 02 LCP, 4x CPU, slow 4G, cold cache (median of 3)',
      value: `${median(samples).toFixed(0)} ms`,
    },
  ];
}
