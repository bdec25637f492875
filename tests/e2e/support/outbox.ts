import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const OUTBOX = path.resolve('data/outbox.jsonl');

/** The newest sign-in link the app "sent" to this address (no SMTP: the outbox file). */
export async function latestLinkFor(email: string, outbox: string = OUTBOX): Promise<string> {
  let url: string | undefined;
  await expect
    .poll(() => {
      const lines = fs.existsSync(outbox) ? fs.readFileSync(outbox, 'utf8').trim().split('\n') : [];
      const mine = lines
        .filter(Boolean)
        .map(
          (line) =>
            JSON.parse(line) as { to: string; url: string; subject: string; sentAt: string },
        )
        .filter((mail) => mail.to === email);
      url = mine.at(-1)?.url;
      return url;
    })
    .toBeTruthy();
  return url!;
}

/** Asks for a sign-in link with the sign-in page's form (what happens next is the caller's to check). */
export async function askForLinkWithForm(page: Page, email: string) {
  await page.goto('/signin');
  await page.getByLabel('이메일').fill(email);
  await page.getByRole('button', { name: '로그인 링크 보내기' }).click();
}

/** Signs in through the real magic-link flow, starting from the current page. */
export async function signInViaOutbox(page: Page, email: string, outbox: string = OUTBOX) {
  await page.getByRole('banner').getByRole('link', { name: '로그인' }).click();
  await page.getByLabel('이메일').fill(email);
  await page.getByRole('button', { name: '로그인 링크 보내기' }).click();
  await expect(page.getByRole('heading', { name: '메일함을 확인하세요' })).toBeVisible();
  await page.goto(await latestLinkFor(email, outbox));
  await expect(page.getByRole('banner').getByRole('link', { name: email })).toBeVisible();
}

export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/** Every message the app "sent" to this address, oldest first. */
export function mailsTo(
  email: string,
  outbox: string = OUTBOX,
): { subject: string; url: string }[] {
  if (!fs.existsSync(outbox)) return [];
  return fs
    .readFileSync(outbox, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { to: string; subject: string; url: string })
    .filter((mail) => mail.to === email);
}
