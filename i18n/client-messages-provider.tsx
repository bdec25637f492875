import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PAGE_MESSAGES, pickMessages, SITE_MESSAGES } from './client-messages';

/**
 * Gives the client components below the site's messages plus those of one
 * kind of page (see client-messages.ts), so each page carries only its own.
 */
export async function ClientMessages({
  page,
  children,
}: {
  page: keyof typeof PAGE_MESSAGES;
  children: ReactNode;
}) {
  const messages = pickMessages(await getMessages(), [...SITE_MESSAGES, ...PAGE_MESSAGES[page]]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
