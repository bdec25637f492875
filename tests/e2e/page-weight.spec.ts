/**
 * Byte budgets (scripts/page-budgets.ts): every public page's HTML and
 * first-load JavaScript, as the production server sends them. Deterministic:
 * bytes, not timings.
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { getCourses } from '../../lib/content/courses';
import {
  LESSON_02_BUDGET,
  LESSON_02_PATH,
  LESSON_BUDGET,
  PAGE_BUDGET,
  PLAYGROUND_BUDGET,
  type PageBudget,
} from '../../scripts/page-budgets';
import { kb, pageWeight } from '../../scripts/page-weight';
import { OFFLINE_PORT } from '../../playwright.config';

const base = `http://127.0.0.1:${OFFLINE_PORT}`;
const lessons = getCourses().flatMap((course) =>
  course.lessons.map((lesson) => `/courses/${course.slug}/${lesson.slug}`),
);
const pages: [string, PageBudget][] = [
  ...['ko', 'en'].flatMap((locale) => [
    ...lessons.map((path): [string, PageBudget] => [
      `/${locale}${path}`,
      path === LESSON_02_PATH ? LESSON_02_BUDGET : LESSON_BUDGET,
    ]),
    ...['', '/courses/gemini-in-production', '/levels', '/signin'].map(
      (path): [string, PageBudget] => [`/${locale}${path}`, PAGE_BUDGET],
    ),
    [`/${locale}/playground`, PLAYGROUND_BUDGET] as [string, PageBudget],
  ]),
];

test('every public page stays within its HTML and first-load JavaScript budget', async () => {
  expect(lessons).toContain(LESSON_02_PATH);
  const over: string[] = [];
  for (const [path, budget] of pages) {
    const weight = await pageWeight(base, path);
    expect(weight.scripts.length, path).toBeGreaterThan(0);
    if (budget.htmlBytes !== undefined && weight.htmlBytes > budget.htmlBytes)
      over.push(`${path}: HTML ${kb(weight.htmlBytes)} > ${kb(budget.htmlBytes)}`);
    if (weight.jsGzipBytes > budget.jsGzipBytes)
      over.push(
        `${path}: first-load JS ${kb(weight.jsGzipBytes)} gzipped > ${kb(budget.jsGzipBytes)}`,
      );
  }
  expect(over).toEqual([]);
});

test('a lesson body and its highlighted code are in the HTML once, not again in the React payload', async ({
  request,
}) => {
  const html = await (await request.get(`/ko${LESSON_02_PATH}`)).text();
  const payload = [...html.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)]
    .map((m) => m[1])
    .join('');
  // A heading of the lesson (also in its table of contents) and a name from one of its code blocks.
  for (const text of ['가장 큰 레버는 모델 선택이다', 'latencyBudgetMs']) {
    expect(html.split(text).length - 1, text).toBeGreaterThan(0);
    expect(payload, text).not.toContain(text);
  }
});

test('a prerendered lesson comes gzipped as compressed once, identical to the page itself', async () => {
  const get = (encoding: string) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}/ko${LESSON_02_PATH}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
        })
        .on('error', reject);
    });
  const plain = await get('identity');
  const [first, second] = [await get('gzip, deflate, br'), await get('gzip')];
  expect(plain.headers['content-encoding']).toBeUndefined();
  for (const answer of [first, second]) {
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(gunzipSync(answer.body).equals(plain.body)).toBe(true);
  }
  expect(second.body.equals(first.body)).toBe(true);
});
