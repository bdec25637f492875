import { ACHIEVEMENTS, earnedAchievements } from './rewards';
import { levelForXp, type ProgressEvent } from './rewards';

export interface StoredEvent extends ProgressEvent {
  xp: number;
  createdAt: string;
}

/** What the learner bar, the profile and the announcements show. */
export interface ProgressSummary {
  xp: number;
  level: number;
  levelName: string;
  lessonsDone: number;
  publishedLessons: number;
  achievements: string[];
  totalAchievements: number;
}

/** Derives everything shown from the events alone, so it can never drift from them. */
export function summarizeProgress(
  events: readonly (ProgressEvent & { xp: number })[],
  publishedLessons: number,
): ProgressSummary {
  const xp = events.reduce((sum, event) => sum + event.xp, 0);
  const { level } = levelForXp(xp);
  return {
    xp,
    level: level.level,
    levelName: level.name,
    lessonsDone: new Set(
      events.filter((event) => event.kind === 'lesson-completed').map((event) => event.subject),
    ).size,
    publishedLessons,
    achievements: earnedAchievements(events, { publishedLessons }),
    totalAchievements: ACHIEVEMENTS.length,
  };
}
