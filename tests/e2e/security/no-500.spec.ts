/**
 * Threat: malformed input that makes a route answer 500 (and, worse, leave
 * work half done). Every API route and method, signed out and signed in,
 * gets bodies of the wrong shape, type, encoding and size, and ids with
 * malformed percent-encoding: each answer is a 4xx or a 2xx, never a 5xx,
 * and never a stack trace.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signedInLearner } from '../support/learners';
import { signInViaOutbox, uniqueEmail } from '../support/outbox';

const ROUTES: [method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string][] = [
  ['POST', '/api/router/route'],
  ['POST', '/api/playground/answer'],
  ['GET', '/api/comments'],
  ['POST', '/api/comments'],
  ['GET', '/api/comments/counts'],
  ['PATCH', '/api/comments/nope'],
  ['DELETE', '/api/comments/nope'],
  ['POST', '/api/comments/nope/report'],
  ['POST', '/api/comments/nope/moderation'],
  ['PUT', '/api/follows'],
  ['GET', '/api/notifications'],
  ['POST', '/api/notifications/read'],
  ['PUT', '/api/notifications/settings'],
  ['GET', '/api/notifications/unsubscribe'],
  ['POST', '/api/problem-reports'],
  ['PATCH', '/api/problem-reports/nope'],
  ['GET', '/api/me/progress'],
];

/** Bodies of every wrong kind; strings are sent raw, as a script would. */
const BODIES: [string, string | Buffer][] = [
  ['no body', ''],
  ['truncated JSON', '{"prompt": '],
  ['a JSON string', '"hello"'],
  ['a JSON array', '[1,2,3]'],
  ['null', 'null'],
  [
    'prototype keys',
    '{"__proto__":{"admin":true},"constructor":{"prototype":{}},"kind":"toString"}',
  ],
  [
    'wrong types everywhere',
    '{"prompt":123,"lessonId":[],"body":{},"ids":"x","all":"yes","email":1,"follow":"no","status":7,"reason":null,"kind":{},"message":[],"pageUrl":5,"action":true,"parentId":9,"contact":{},"events":{}}',
  ],
  ['huge numbers', '{"prompt":"hi","maxContext":1e309,"latencyBudgetMs":-0,"ids":[1e400]}'],
  ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
  ['lone surrogate escape', '{"prompt":"\\ud800","body":"\\udfff","lessonId":"\\ud800"}'],
];

const QUERIES = [
  '',
  '?lessonId=%E0%A4%A',
  '?lessonIds=' + 'x,'.repeat(500),
  '?u=%ZZ&t=%',
  '?order=%00',
];

async function hunt(request: APIRequestContext, who: string) {
  const problems: string[] = [];
  for (const [method, path] of ROUTES) {
    for (const [name, data] of BODIES) {
      for (const contentType of ['application/json', 'text/plain']) {
        const response = await request.fetch(path, {
          method,
          headers: { 'Content-Type': contentType },
          ...(method === 'GET' ? {} : { data }),
        });
        const text = await response.text();
        // Without a key, real calls are refused with the designed 503 "offline".
        const offline = response.status() === 503 && text.includes('"code":"offline"');
        if ((response.status() >= 500 && !offline) || /at .+\.(ts|js):\d+/.test(text))
          problems.push(`${who} ${method} ${path} (${name}, ${contentType}): ${response.status()}`);
        if (method === 'GET') break;
      }
      if (method === 'GET') break;
    }
    for (const query of QUERIES) {
      const response = await request.fetch(`${path}${query}`, { method, data: '{}' });
      if (response.status() >= 500)
        problems.push(`${who} ${method} ${path}${query}: ${response.status()}`);
    }
  }
  return problems;
}

test('no API route answers a malformed request with a 5xx, signed out or signed in', async ({
  request,
  browser,
}) => {
  test.setTimeout(120_000);
  const problems = await hunt(request, 'visitor');
  const learner = await signedInLearner(browser, '/');
  problems.push(...(await hunt(learner.page.request, 'learner')));
  await learner.context.close();
  expect(problems).toEqual([]);
});

test('ids and paths with malformed percent-encoding are a 400 naming the path', async ({
  request,
}) => {
  const paths = [
    '/api/comments/%E0%A4%A',
    '/api/comments/%ZZ/report',
    '/api/comments/%/moderation',
    '/api/problem-reports/%C0%AF%',
    '/ko/courses/%E0%A4%A',
    '/ko/courses/gemini-in-production/%FF%FE%',
    '/en/%D8',
    '/%E0%A4%A',
  ];
  for (const path of paths) {
    for (const method of ['GET', 'PATCH', 'POST', 'DELETE']) {
      const response = await request.fetch(path, { method, data: '{}' });
      expect(response.status(), `${method} ${path}`).toBe(400);
      expect((await response.json()).error.field).toBe('path');
    }
  }
});

test('progress kinds named after what every object inherits never reach the account, and the rest merges', async ({
  page,
}) => {
  await page.goto('/courses/gemini-in-production/cost-routing');
  await page.evaluate(() => {
    const subject = 'gemini-in-production/cost-routing';
    localStorage.setItem(
      'stream-progress-v1',
      JSON.stringify([
        { kind: 'toString', subject },
        { kind: 'constructor', subject },
        { kind: '__proto__', subject },
        // A kind the browser may still claim (completing a lesson comes from its checks).
        { kind: 'exercise-done', subject },
      ]),
    );
  });
  await signInViaOutbox(page, uniqueEmail('inherited'));
  await expect(
    page.getByRole('status').filter({ hasText: '진행 상황 1개를 계정으로 옮겼어요.' }),
  ).toBeVisible();
  const progress = await (await page.request.get('/api/me/progress')).json();
  expect(progress.events.map((event: { kind: string }) => event.kind)).toEqual(['exercise-done']);
  expect(progress.summary.xp).toBe(40);
});

test("marking another learner's notification read is a 404, not a silent 200", async ({
  browser,
}) => {
  const learner = await signedInLearner(browser, '/');
  const response = await learner.page.request.post('/api/notifications/read', {
    data: { ids: ['someone-elses-notification', 'toString'] },
  });
  expect(response.status()).toBe(404);
  const body = await response.json();
  expect(body.error).toMatchObject({ code: 'notification_not_found', field: 'ids' });
  await learner.context.close();
});
