import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PlaygroundTabs } from '@/components/playground/playground-tabs';
import { ClientMessages } from '@/i18n/client-messages-provider';

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
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-zinc-700 dark:text-zinc-300">{t('lead')}</p>
      <div className="mt-8">
        <ClientMessages page="playground">
          <PlaygroundTabs />
        </ClientMessages>
      </div>
    </div>
  );
}
