import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { primaryButton } from '@/components/ui/button-styles';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">{t('body')}</p>
      <Link href="/" className={`${primaryButton} mt-8 inline-block`}>
        {t('home')}
      </Link>
    </div>
  );
}
