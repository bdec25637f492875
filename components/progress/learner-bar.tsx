'use client';

import { useTranslations } from 'next-intl';
import { levelForXp } from '@/lib/progress/rewards';

export interface LearnerStats {
  xp: number;
  lessonsDone: number;
  achievementsDone: number;
}

/**
 * The learner's level, XP and course progress. It renders from the stats it is
 * given, so the prerendered page and every learner share one component.
 */
export function LearnerBar({
  stats,
  totalLessons,
  totalAchievements,
}: {
  stats: LearnerStats;
  totalLessons: number;
  totalAchievements: number;
}) {
  const t = useTranslations('LearnerBar');
  const progress = levelForXp(stats.xp);
  const percentOfLevel = progress.xpForLevel
    ? Math.round((progress.xpIntoLevel / progress.xpForLevel) * 100)
    : 100;
  const percentComplete = totalLessons ? Math.round((stats.lessonsDone / totalLessons) * 100) : 0;
  return (
    <section
      aria-label={t('label')}
      className="rounded-2xl border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <p className="font-semibold">
          {t('level', { level: progress.level.level })}
          <span className="ml-1.5 text-brand-600 dark:text-brand-300">{progress.level.name}</span>
        </p>
        <p data-testid="learner-xp">{t('xp', { xp: stats.xp })}</p>
        <p>{t('lessons', { done: stats.lessonsDone, total: totalLessons })}</p>
        <p>{t('achievements', { done: stats.achievementsDone, total: totalAchievements })}</p>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-zinc-600 dark:text-zinc-400">
        <p>{t('toNext', { current: progress.xpIntoLevel, needed: progress.xpForLevel })}</p>
        <div
          role="progressbar"
          aria-label={t('progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percentOfLevel}
          className="h-2 min-w-24 flex-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
        >
          <div
            className="h-full rounded-full bg-brand-500"
            style={{ width: `${percentOfLevel}%` }}
          />
        </div>
        <p>{t('toGo', { remaining: progress.xpToGo })}</p>
        <p>{t('complete', { percent: percentComplete })}</p>
      </div>
    </section>
  );
}
