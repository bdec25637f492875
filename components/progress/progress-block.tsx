'use client';

import { useTranslations } from 'next-intl';
import { recordLocalEvent, useLocalProgress } from '@/lib/progress/local-progress';

/** "Mark complete" for one lesson, and where the progress is kept. */
export function ProgressBlock({ lessonId }: { lessonId: string }) {
  const t = useTranslations('Progress');
  const tl = useTranslations('Lesson');
  const events = useLocalProgress();
  const done = events.some((event) => event.kind === 'lesson-completed' && event.subject === lessonId);
  return (
    <section aria-labelledby="progress" className="mt-10 rounded-2xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="progress" className="text-xl font-bold">
        {tl('progress')}
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => recordLocalEvent({ kind: 'lesson-completed', subject: lessonId })}
          disabled={done}
          aria-pressed={done}
          className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:bg-emerald-600"
        >
          {done ? `✓ ${t('completed')}` : t('markComplete')}
        </button>
      </div>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{t('localOnly')}</p>
    </section>
  );
}
