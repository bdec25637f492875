'use client';

import { useTranslations } from 'next-intl';
import { useProgress } from '@/components/progress/progress-provider';

/** On the course page: a lesson completed by its checks, or how many of them are passed. */
export function LessonCheckStatus({
  lessonId,
  checkIds,
}: {
  lessonId: string;
  checkIds: readonly string[];
}) {
  const t = useTranslations('Checks');
  const { isDone } = useProgress();
  if (checkIds.length === 0) return null;
  if (isDone({ kind: 'lesson-completed', subject: lessonId }))
    return (
      <span className="font-semibold text-emerald-700 dark:text-emerald-400">✓ {t('passed')}</span>
    );
  const passed = checkIds.filter((id) => isDone({ kind: 'check-passed', subject: id })).length;
  return <span>{t('progress', { passed, total: checkIds.length })}</span>;
}
