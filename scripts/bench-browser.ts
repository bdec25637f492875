/**
 * Browser benchmarks for `npm run bench` (run by scripts/bench-server.ts
 * while the production server is up):
 *   6. weight: first-load JavaScript of a page, gzipped, as a browser gets it
 *   7. playground: time from "route it" to the decision on screen (offline),
 *      and the 100-prompt exercise run in the browser
 * Uses Debian's Chromium through Playwright, against 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import type { Row } from './bench-server';

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Gzipped bytes of every script the prerendered HTML makes a modern browser
 * load before any interaction (nomodule polyfills are skipped: they never run).
 */
function firstLoadJsKb(html: string): { files: number; kb: number } {
  const tags = [...html.matchAll(/<script[^>]*src="(\/_next\/static\/[^"?]+)[^>]*>/g)].filter(
    (m) => !/noModule|nomodule/.test(m[0]),
  );
  const sources = new Set(tags.map((m) => m[1]!));
  let bytes = 0;
  for (const src of sources)
    bytes += gzipSync(readFileSync(path.join('.next', src.replace('/_next/', '')))).length;
  return { files: sources.size, kb: bytes / 1024 };
}

export async function benchBrowser(base: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, page] of [
    ['lesson page', '/ko/courses/gemini-in-production/cost-routing'],
    ['home page', '/ko'],
    ['playground', '/ko/playground'],
  ] as const) {
    const html = await (await fetch(base + page)).text();
    const { files, kb } = firstLoadJsKb(html);
    rows.push({
      section: 'weight',
      metric: `${name}: first-load JS, gzipped (${files} files)`,
      value: `${kb.toFixed(1)} KB`,
    });
    rows.push({
      section: 'weight',
      metric: `${name}: HTML, gzipped`,
      value: `${(gzipSync(html).length / 1024).toFixed(1)} KB`,
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
