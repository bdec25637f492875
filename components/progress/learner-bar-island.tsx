'use client';

import { LearnerBar } from './learner-bar';
import { useProgress } from './progress-provider';

/** The learner bar, filled from the account or from this browser. */
export function LearnerBarIsland() {
  const { summary } = useProgress();
  return (
    <LearnerBar
      stats={{
        xp: summary.xp,
        lessonsDone: summary.lessonsDone,
        achievementsDone: summary.achievements.length,
      }}
      totalLessons={summary.publishedLessons}
      totalAchievements={summary.totalAchievements}
    />
  );
}
