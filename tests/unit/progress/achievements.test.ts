import { describe, expect, it } from 'vitest';
import { ACHIEVEMENTS, earnedAchievements } from '@/lib/progress/achievements';
import type { ProgressEvent } from '@/lib/progress/levels';

const lesson = (slug: string): ProgressEvent => ({ kind: 'lesson-completed', subject: `gemini-in-production/${slug}` });
const exercise = (slug: string): ProgressEvent => ({ kind: 'exercise-done', subject: `gemini-in-production/${slug}` });
const context = { publishedLessons: 4 };

describe('ACHIEVEMENTS', () => {
  it('has ten, each with a unique id, a name and a description', () => {
    expect(ACHIEVEMENTS).toHaveLength(10);
    expect(new Set(ACHIEVEMENTS.map((a) => a.id)).size).toBe(10);
    for (const achievement of ACHIEVEMENTS) {
      expect(achievement.name.length).toBeGreaterThan(0);
      expect(achievement.description.length).toBeGreaterThan(0);
    }
  });
});

describe('earnedAchievements', () => {
  it('earns nothing from nothing', () => {
    expect(earnedAchievements([], context)).toEqual([]);
  });

  it('earns the first lesson, then two lessons, then the whole course', () => {
    expect(earnedAchievements([lesson('a')], context)).toEqual(['first-lesson']);
    expect(earnedAchievements([lesson('a'), lesson('b')], context)).toEqual(['first-lesson', 'two-lessons']);
    const all = ['a', 'b', 'c', 'd'].map(lesson);
    expect(earnedAchievements(all, context)).toContain('course-complete');
  });

  it('does not count the same lesson twice towards "two lessons"', () => {
    expect(earnedAchievements([lesson('a'), lesson('a')], context)).not.toContain('two-lessons');
  });

  it('never awards course completion when nothing is published', () => {
    expect(earnedAchievements([], { publishedLessons: 0 })).not.toContain('course-complete');
  });

  it('awards the router designer for lesson 02 and its exercise together', () => {
    expect(earnedAchievements([lesson('cost-routing')], context)).not.toContain('router-lesson');
    expect(earnedAchievements([lesson('cost-routing'), exercise('cost-routing')], context)).toContain('router-lesson');
  });

  it('awards the all-rounder only for every kind of activity', () => {
    const playground: ProgressEvent[] = [
      { kind: 'playground-first-run', subject: 'playground' },
      { kind: 'playground-exercise', subject: 'playground' },
    ];
    expect(earnedAchievements([lesson('a'), ...playground], context)).not.toContain('all-rounder');
    expect(earnedAchievements([lesson('a'), exercise('a'), ...playground], context)).toContain('all-rounder');
  });
});
