'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useProgress } from '@/components/progress/progress-provider';
import { FigureChanges } from './figure-changes';

/**
 * "The figures in this lesson have changed": shown on a lesson (and its
 * course page entry) when checks the learner passed rest on catalog figures
 * that are no longer today's, with what changed.
 */
export function LessonReviewNote({
  lessonId,
  compact = false,
}: {
  lessonId: string;
  compact?: boolean;
}) {
  const t = useTranslations('Checks');
  const lang = useLocale();
  const { reviews } = useProgress();
  const mine = reviews.filter((review) => review.lessonId === lessonId);
  if (mine.length === 0) return null;
  return (
    <div
      role="note"
      lang={lang}
      data-testid="lesson-review"
      className={`${compact ? 'mt-3' : 'mt-4'} rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-900/30 dark:text-amber-100`}
    >
      <p className="font-semibold">{t('changed')}</p>
      <FigureChanges changes={mine.flatMap((review) => review.changes)} />
    </div>
  );
}
