import type { Browser, BrowserContext, Page } from '@playwright/test';
import { signInViaOutbox, uniqueEmail } from './outbox';

export interface Learner {
  context: BrowserContext;
  page: Page;
  email: string;
}

/** A fresh browser of its own, signed in through the magic link, on the given page. */
export async function signedInLearner(
  browser: Browser,
  path: string,
  email = uniqueEmail('learner'),
): Promise<Learner> {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto(path);
  await signInViaOutbox(page, email);
  return { context, page, email };
}
