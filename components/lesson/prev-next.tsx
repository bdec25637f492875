import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Lesson } from '@/lib/content/types';

export async function PrevNext({
  courseSlug,
  previous,
  next,
}: {
  courseSlug: string;
  previous?: Lesson;
  next?: Lesson;
}) {
  const t = await getTranslations('Lesson');
  const card =
    'flex-1 rounded-2xl border border-zinc-200 bg-white p-4 hover:border-brand-300 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-brand-700';
  return (
    <nav
      aria-label={`${t('previous')} / ${t('next')}`}
      className="mt-12 flex flex-col gap-3 sm:flex-row"
    >
      {previous ? (
        <Link href={`/courses/${courseSlug}/${previous.slug}`} className={card} rel="prev">
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">← {t('previous')}</span>
          <span className="font-semibold">{previous.meta.title}</span>
        </Link>
      ) : (
        <Link href={`/courses/${courseSlug}`} className={card}>
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
            ← {t('courseHome')}
          </span>
        </Link>
      )}
      {next && (
        <Link
          href={`/courses/${courseSlug}/${next.slug}`}
          className={`${card} sm:text-right`}
          rel="next"
        >
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t('next')} →</span>
          <span className="font-semibold">{next.meta.title}</span>
        </Link>
      )}
    </nav>
  );
}
