import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import ko from '../../../messages/ko.json';
import {
  ACHIEVEMENTS,
  earnedAchievements,
  LEVELS,
  levelForXp,
  xpForEvents,
  type ProgressEvent,
} from '@/lib/progress/rewards';

describe('LEVELS', () => {
  it('starts at level 0 "Spark" from 0 XP and needs 140 XP for level 1', () => {
    expect(LEVELS[0]).toEqual({ level: 0, name: 'Spark', minXp: 0 });
    expect(LEVELS[1]?.minXp).toBe(140);
  });

  it('makes every step larger than the one before, with a unique name per level', () => {
    const steps = LEVELS.slice(1).map((level, index) => level.minXp - LEVELS[index]!.minXp);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]!);
    expect(new Set(LEVELS.map((level) => level.name)).size).toBe(LEVELS.length);
    LEVELS.forEach((level, index) => expect(level.level).toBe(index));
  });
});

describe('levelForXp', () => {
  it.each([
    [0, 0, 0, 140, 140],
    [139, 0, 139, 140, 1],
    [140, 1, 0, 180, 180],
    [319, 1, 179, 180, 1],
    [320, 2, 0, 240, 240],
  ])('%i XP is level %i, %i into a %i XP step, %i to go', (xp, level, into, span, toGo) => {
    const progress = levelForXp(xp);
    expect(progress.level.level).toBe(level);
    expect(progress.xpIntoLevel).toBe(into);
    expect(progress.xpForLevel).toBe(span);
    expect(progress.xpToGo).toBe(toGo);
  });

  it('tops out at the last level with nothing to go', () => {
    const top = LEVELS.at(-1)!;
    const progress = levelForXp(top.minXp + 10_000);
    expect(progress.level).toEqual(top);
    expect(progress.next).toBeUndefined();
    expect(progress.xpToGo).toBe(0);
  });

  it('treats negative or fractional XP safely', () => {
    expect(levelForXp(-50).level.level).toBe(0);
    expect(levelForXp(140.9).level.level).toBe(1);
  });
});

describe('xpForEvents', () => {
  it('counts each (kind, subject) once', () => {
    const lesson = { kind: 'lesson-completed', subject: 'c/a' } as const;
    expect(xpForEvents([lesson, lesson, { kind: 'lesson-completed', subject: 'c/b' }])).toBe(140);
  });
});

const lesson = (slug: string): ProgressEvent => ({
  kind: 'lesson-completed',
  subject: `gemini-in-production/${slug}`,
});
const exercise = (slug: string): ProgressEvent => ({
  kind: 'exercise-done',
  subject: `gemini-in-production/${slug}`,
});
const context = { publishedLessons: 4 };

describe('ACHIEVEMENTS', () => {
  it('has eleven, each with a unique id and a name and description in Korean and in English', () => {
    expect(ACHIEVEMENTS).toHaveLength(11);
    expect(new Set(ACHIEVEMENTS.map((a) => a.id)).size).toBe(11);
    const words = { ko: ko.Achievements, en: en.Achievements } as Record<
      'ko' | 'en',
      Record<string, { name: string; description: string }>
    >;
    for (const achievement of ACHIEVEMENTS) {
      const korean = words.ko[achievement.id];
      const english = words.en[achievement.id];
      expect(korean?.name, achievement.id).toBeTruthy();
      expect(korean?.description, achievement.id).toMatch(/[\uac00-\ud7a3]/);
      expect(english?.name, achievement.id).toBeTruthy();
      // The English page speaks English: no Hangul in its achievements.
      expect(`${english?.name} ${english?.description}`, achievement.id).not.toMatch(
        /[\uac00-\ud7a3]/,
      );
    }
    expect(Object.keys(words.ko).sort()).toEqual(ACHIEVEMENTS.map((a) => a.id).sort());
    expect(Object.keys(words.en).sort()).toEqual(ACHIEVEMENTS.map((a) => a.id).sort());
  });
});

describe('earnedAchievements', () => {
  it('earns nothing from nothing', () => {
    expect(earnedAchievements([], context)).toEqual([]);
  });

  it('earns the first lesson, then two lessons, then the whole course', () => {
    expect(earnedAchievements([lesson('a')], context)).toEqual(['first-lesson']);
    expect(earnedAchievements([lesson('a'), lesson('b')], context)).toEqual([
      'first-lesson',
      'two-lessons',
    ]);
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
    expect(
      earnedAchievements([lesson('cost-routing'), exercise('cost-routing')], context),
    ).toContain('router-lesson');
  });

  it('awards the all-rounder only for every kind of activity', () => {
    const playground: ProgressEvent[] = [
      { kind: 'playground-first-run', subject: 'playground' },
      { kind: 'playground-exercise', subject: 'playground' },
    ];
    expect(earnedAchievements([lesson('a'), ...playground], context)).not.toContain('all-rounder');
    expect(earnedAchievements([lesson('a'), exercise('a'), ...playground], context)).toContain(
      'all-rounder',
    );
  });
});
