import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PlaygroundTabs } from '@/components/playground/playground-tabs';
import { CLIENT_NAMESPACES, pickMessages } from '@/i18n/client-messages';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Playground' });
  return { title: t('title'), description: t('lead') };
}

export default async function PlaygroundPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Playground');
  // The playground's own strings travel only with the playground.
  const messages = pickMessages(await getMessages(), [
    ...CLIENT_NAMESPACES,
    'Playground',
    'Reasons',
  ]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-zinc-700 dark:text-zinc-300">{t('lead')}</p>
      <div className="mt-8">
        <NextIntlClientProvider messages={messages}>
          <PlaygroundTabs />
        </NextIntlClientProvider>
      </div>
    </div>
  );
}
