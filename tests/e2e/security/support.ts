import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

const OUTBOX = path.resolve('data/outbox.jsonl');

export interface SentMail {
  to: string;
  subject: string;
  url: string;
  sentAt: string;
}

/** Every e-mail the app "sent" to this address so far (no SMTP: the outbox file). */
export function mailsTo(email: string): SentMail[] {
  if (!fs.existsSync(OUTBOX)) return [];
  return fs
    .readFileSync(OUTBOX, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SentMail)
    .filter((mail) => mail.to === email);
}

/**
 * Asks next-auth's own endpoint (not the page's form) for a sign-in link, as
 * a script would: fetch a CSRF token, then post the form.
 */
export async function requestLinkFromAuthEndpoint(
  request: APIRequestContext,
  email: string,
  headers: Record<string, string> = {},
  callbackUrl = '/',
) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  return request.post('/api/auth/signin/email', {
    form: { email, csrfToken, callbackUrl },
    headers,
    maxRedirects: 0,
  });
}
