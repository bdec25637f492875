/**
 * Threat: a script on the page reads the session token. It lives in an
 * httpOnly cookie; nothing a page can fetch may echo it back.
 */
import { expect, test } from '@playwright/test';
import { signedInLearner } from '../support/learners';

test("the session endpoint never echoes the session token or the database's ids", async ({
  browser,
}) => {
  const learner = await signedInLearner(browser, '/');
  const cookies = await learner.context.cookies();
  const token = cookies.find((cookie) => cookie.name.endsWith('authjs.session-token'));
  expect(token?.httpOnly).toBe(true);
  const response = await learner.page.request.get('/api/auth/session');
  const text = await response.text();
  expect(text).not.toContain(token!.value);
  const session = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(session).sort()).toEqual(['expires', 'user']);
  expect(session.user).toMatchObject({ email: learner.email });
  // Nor the progress endpoint, nor the page itself.
  expect(await (await learner.page.request.get('/api/me/progress')).text()).not.toContain(
    token!.value,
  );
  expect(await learner.page.content()).not.toContain(token!.value);
  await learner.context.close();
});
