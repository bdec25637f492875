'use client';

import { useTranslations } from 'next-intl';
import { primaryButton } from '@/components/ui/button-styles';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">{t('body')}</p>
      <button type="button" onClick={reset} className={`${primaryButton} mt-8`}>
        {t('retry')}
      </button>
    </div>
  );
}
