/**
 * The ten achievements: what each is called and how it is earned. Each one is
 * a rule over the events the server has checked, so it can never be claimed.
 */
import type { ProgressEvent } from './levels';

export interface Achievement {
  id: string;
  name: string;
  description: string;
  /** True when the learner's events earn it. */
  earned: (events: readonly ProgressEvent[], context: { publishedLessons: number }) => boolean;
}

const count = (events: readonly ProgressEvent[], kind: ProgressEvent['kind']) =>
  new Set(events.filter((event) => event.kind === kind).map((event) => event.subject)).size;

export const ACHIEVEMENTS: readonly Achievement[] = [
  {
    id: 'first-lesson',
    name: '첫걸음',
    description: '레슨 하나를 완료했어요.',
    earned: (events) => count(events, 'lesson-completed') >= 1,
  },
  {
    id: 'two-lessons',
    name: '탄력 받기',
    description: '레슨 두 개를 완료했어요.',
    earned: (events) => count(events, 'lesson-completed') >= 2,
  },
  {
    id: 'course-complete',
    name: '완주',
    description: '공개된 레슨을 모두 완료했어요.',
    earned: (events, { publishedLessons }) =>
      publishedLessons > 0 && count(events, 'lesson-completed') >= publishedLessons,
  },
  {
    id: 'first-exercise',
    name: '손으로 배우기',
    description: '레슨의 연습 문제 하나를 마쳤어요.',
    earned: (events) => count(events, 'exercise-done') >= 1,
  },
  {
    id: 'all-exercises',
    name: '연습의 달인',
    description: '공개된 레슨의 연습 문제를 모두 마쳤어요.',
    earned: (events, { publishedLessons }) => publishedLessons > 0 && count(events, 'exercise-done') >= publishedLessons,
  },
  {
    id: 'first-route',
    name: '첫 라우팅',
    description: '플레이그라운드에서 첫 라우팅 결정을 받았어요.',
    earned: (events) => count(events, 'playground-first-run') >= 1,
  },
  {
    id: 'hundred-prompts',
    name: '100개의 프롬프트',
    description: '플레이그라운드에서 100개 프롬프트 연습을 끝까지 실행했어요.',
    earned: (events) => count(events, 'playground-exercise') >= 1,
  },
  {
    id: 'router-lesson',
    name: '라우터 설계자',
    description: '비용 최적화 라우팅 레슨과 그 연습 문제를 모두 마쳤어요.',
    earned: (events) =>
      events.some((e) => e.kind === 'lesson-completed' && e.subject.endsWith('/cost-routing')) &&
      events.some((e) => e.kind === 'exercise-done' && e.subject.endsWith('/cost-routing')),
  },
  {
    id: 'theory-and-practice',
    name: '이론과 실습',
    description: '레슨 하나를 완료하고 플레이그라운드 연습도 실행했어요.',
    earned: (events) => count(events, 'lesson-completed') >= 1 && count(events, 'playground-exercise') >= 1,
  },
  {
    id: 'all-rounder',
    name: '올라운더',
    description: '모든 종류의 활동을 한 번 이상 해 봤어요.',
    earned: (events) =>
      count(events, 'lesson-completed') >= 1 &&
      count(events, 'exercise-done') >= 1 &&
      count(events, 'playground-first-run') >= 1 &&
      count(events, 'playground-exercise') >= 1,
  },
];

/** Ids of the achievements a set of events earns. */
export function earnedAchievements(events: readonly ProgressEvent[], context: { publishedLessons: number }): string[] {
  return ACHIEVEMENTS.filter((achievement) => achievement.earned(events, context)).map((achievement) => achievement.id);
}
