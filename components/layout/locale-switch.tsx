'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

/** Links to the same page in the other language. */
export function LocaleSwitch() {
  const t = useTranslations('Nav');
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'ko' ? 'en' : 'ko';
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      className="rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
    >
      {t('switchTo')}
    </Link>
  );
}
