import { getTranslations } from 'next-intl/server';

export async function ReportProblemLine() {
  const t = await getTranslations('Report');
  return (
    <p className="mt-8 text-sm text-zinc-600 dark:text-zinc-400">
      {t('prompt')}{' '}
      <a href="#report" className="font-medium text-brand-600 underline underline-offset-2 dark:text-brand-300">
        {t('link')}
      </a>
    </p>
  );
}
