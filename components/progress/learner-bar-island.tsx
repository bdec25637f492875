'use client';

import { useLocalProgress } from '@/lib/progress/local-progress';
import { xpForEvents } from '@/lib/progress/levels';
import { LearnerBar } from './learner-bar';

/** The learner bar filled from this browser's progress. */
export function LearnerBarIsland({ totalLessons, totalAchievements }: { totalLessons: number; totalAchievements: number }) {
  const events = useLocalProgress();
  const lessonsDone = new Set(events.filter((e) => e.kind === 'lesson-completed').map((e) => e.subject)).size;
  return (
    <LearnerBar
      stats={{ xp: xpForEvents(events), lessonsDone, achievementsDone: 0 }}
      totalLessons={totalLessons}
      totalAchievements={totalAchievements}
    />
  );
}
