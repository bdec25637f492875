import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** The lesson's exercise, as its own section with an anchor the table of contents links to. */
export function Exercise({ children }: { children: ReactNode }) {
  const t = useTranslations('Lesson');
  return (
    <section
      aria-labelledby="exercise"
      className="not-prose my-10 rounded-2xl border border-brand-300 bg-brand-50 px-5 py-5 dark:border-brand-700 dark:bg-brand-700/15"
    >
      <h2 id="exercise" className="mb-3 text-xl font-bold text-zinc-900 dark:text-zinc-50">
        <span aria-hidden="true">🛠️ </span>
        {t('exercise')}
      </h2>
      <div className="prose max-w-none prose-zinc dark:prose-invert">{children}</div>
    </section>
  );
}
