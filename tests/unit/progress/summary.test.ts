import { describe, expect, it } from 'vitest';
import { summarizeProgress } from '@/lib/progress/summary';

describe('summarizeProgress', () => {
  it('adds the XP stored with each event (not the current table), and derives level and counts', () => {
    const summary = summarizeProgress(
      [
        { kind: 'lesson-completed', subject: 'c/a', xp: 70 },
        { kind: 'lesson-completed', subject: 'c/b', xp: 70 },
        { kind: 'playground-first-run', subject: 'playground', xp: 15 },
      ],
      4,
    );
    expect(summary).toMatchObject({
      xp: 155,
      level: 1,
      levelName: 'Ember',
      lessonsDone: 2,
      publishedLessons: 4,
      totalAchievements: 11,
    });
    expect(summary.achievements).toEqual(['first-lesson', 'two-lessons', 'first-route']);
  });
});
