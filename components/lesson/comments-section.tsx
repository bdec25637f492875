import { getTranslations } from 'next-intl/server';

/** The lesson's discussion: count, follow, sign-in prompt and the list. */
export async function CommentsSection() {
  const t = await getTranslations('Comments');
  return (
    <section aria-labelledby="comments" className="mt-12 border-t border-zinc-200 pt-8 dark:border-zinc-800">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="comments" className="text-xl font-bold">
          {t('title', { count: 0 })}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('follow')}</p>
      </div>
      <p className="mt-4 rounded-xl bg-zinc-100 px-4 py-3 text-sm dark:bg-zinc-900">{t('signInToComment')}</p>
      <p className="mt-6 text-center text-zinc-600 dark:text-zinc-400">{t('empty')}</p>
    </section>
  );
}
