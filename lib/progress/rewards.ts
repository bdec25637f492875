/**
 * Levels, XP per event and achievements: the one place these rules live.
 * Pure data and arithmetic, shared by the server (which awards XP), the
 * learner bar, the profile and the levels page.
 */

export interface Level {
  level: number;
  name: string;
  /** Total XP needed to reach this level. */
  minXp: number;
}

/** Each step is larger than the last: 140, 180, 240, 320, 420, 540, 680, 840, 1020. */
export const LEVELS: readonly Level[] = [
  { level: 0, name: 'Spark', minXp: 0 },
  { level: 1, name: 'Ember', minXp: 140 },
  { level: 2, name: 'Flicker', minXp: 320 },
  { level: 3, name: 'Flame', minXp: 560 },
  { level: 4, name: 'Blaze', minXp: 880 },
  { level: 5, name: 'Beacon', minXp: 1300 },
  { level: 6, name: 'Torch', minXp: 1840 },
  { level: 7, name: 'Lighthouse', minXp: 2520 },
  { level: 8, name: 'Nova', minXp: 3360 },
  { level: 9, name: 'Star', minXp: 4380 },
];

export interface LevelProgress {
  level: Level;
  next?: Level;
  /** XP earned inside the current level. */
  xpIntoLevel: number;
  /** XP the current level spans (0 at the top level). */
  xpForLevel: number;
  /** XP still needed for the next level (0 at the top level). */
  xpToGo: number;
}

/** Where a total XP stands on the level curve. */
export function levelForXp(xp: number): LevelProgress {
  const total = Math.max(0, Math.floor(xp));
  let index = 0;
  for (let i = 0; i < LEVELS.length; i++) if (total >= LEVELS[i]!.minXp) index = i;
  const level = LEVELS[index]!;
  const next = LEVELS[index + 1];
  const xpIntoLevel = total - level.minXp;
  const xpForLevel = next ? next.minXp - level.minXp : 0;
  return { level, next, xpIntoLevel, xpForLevel, xpToGo: next ? next.minXp - total : 0 };
}

/** Kinds of progress event the server can check, and the XP each is worth. */
export const XP_PER_EVENT = {
  /** A lesson marked complete. Two lessons reach level 1. */
  'lesson-completed': 70,
  /** A lesson's exercise marked done. */
  'exercise-done': 40,
  /** The first routing decision asked of the playground. */
  'playground-first-run': 20,
  /** The playground's 100-prompt exercise run to the end. */
  'playground-exercise': 60,
  /** A check for understanding answered right (graded on the server), once per check. */
  'check-passed': 10,
  /** A passed check answered right again after the catalog figures it rests on changed. */
  'check-reviewed': 5,
  /**
   * A router built in the playground's router lab that beats always-Flash on
   * cost with at most 5 % under-routed on the hidden round, as scored by the
   * server itself (lib/playground/router-lab.server.ts).
   */
  'router-lab-passed': 80,
} as const;

export type ProgressEventKind = keyof typeof XP_PER_EVENT;

/**
 * Whether a string from outside names a kind. An own-property check, so
 * names every object inherits ("toString", "constructor", "__proto__") are
 * refused like any other unknown word.
 */
export function isProgressEventKind(kind: unknown): kind is ProgressEventKind {
  return typeof kind === 'string' && Object.hasOwn(XP_PER_EVENT, kind);
}

/**
 * Kinds only the server records, after checking the work itself: a browser
 * can neither record them (recordProgressAction) nor bring them in a merge.
 */
export const SERVER_SCORED_KINDS: ReadonlySet<ProgressEventKind> = new Set(['router-lab-passed']);

/** One thing a learner did, counted once per (kind, subject). */
export interface ProgressEvent {
  kind: ProgressEventKind;
  /**
   * What it is about: "<course>/<lesson>" for lessons, "playground" for the
   * playground, "<course>/<lesson>/<check>" for a check, and
   * "<course>/<lesson>/<check>@<figures>" for a review of it.
   */
  subject: string;
}

export function eventKey(event: ProgressEvent): string {
  return `${event.kind}:${event.subject}`;
}

/** Total XP of a set of events; duplicates count once. */
export function xpForEvents(events: readonly ProgressEvent[]): number {
  const seen = new Set<string>();
  let xp = 0;
  for (const event of events) {
    const key = eventKey(event);
    if (seen.has(key)) continue;
    seen.add(key);
    xp += XP_PER_EVENT[event.kind];
  }
  return xp;
}

/*
 * The eleven achievements: what each is called and how it is earned. Each one is
 * a rule over the events the server has checked, so it can never be claimed.
 */

export interface Achievement {
  /** Its name and description live in messages/*.json under Achievements.<id>. */
  id: string;
  /** True when the learner's events earn it. */
  earned: (events: readonly ProgressEvent[], context: { publishedLessons: number }) => boolean;
}

const count = (events: readonly ProgressEvent[], kind: ProgressEvent['kind']) =>
  new Set(events.filter((event) => event.kind === kind).map((event) => event.subject)).size;

export const ACHIEVEMENTS: readonly Achievement[] = [
  {
    id: 'first-lesson',
    earned: (events) => count(events, 'lesson-completed') >= 1,
  },
  {
    id: 'two-lessons',
    earned: (events) => count(events, 'lesson-completed') >= 2,
  },
  {
    id: 'course-complete',
    earned: (events, { publishedLessons }) =>
      publishedLessons > 0 && count(events, 'lesson-completed') >= publishedLessons,
  },
  {
    id: 'first-exercise',
    earned: (events) => count(events, 'exercise-done') >= 1,
  },
  {
    id: 'all-exercises',
    earned: (events, { publishedLessons }) =>
      publishedLessons > 0 && count(events, 'exercise-done') >= publishedLessons,
  },
  {
    id: 'first-route',
    earned: (events) => count(events, 'playground-first-run') >= 1,
  },
  {
    id: 'hundred-prompts',
    earned: (events) => count(events, 'playground-exercise') >= 1,
  },
  {
    id: 'router-lesson',
    earned: (events) =>
      events.some((e) => e.kind === 'lesson-completed' && e.subject.endsWith('/cost-routing')) &&
      events.some((e) => e.kind === 'exercise-done' && e.subject.endsWith('/cost-routing')),
  },
  {
    id: 'theory-and-practice',
    earned: (events) =>
      count(events, 'lesson-completed') >= 1 && count(events, 'playground-exercise') >= 1,
  },
  {
    id: 'all-rounder',
    earned: (events) =>
      count(events, 'lesson-completed') >= 1 &&
      count(events, 'exercise-done') >= 1 &&
      count(events, 'playground-first-run') >= 1 &&
      count(events, 'playground-exercise') >= 1,
  },
  {
    id: 'router-builder',
    earned: (events) => count(events, 'router-lab-passed') >= 1,
  },
];

/** Ids of the achievements a set of events earns. */
export function earnedAchievements(
  events: readonly ProgressEvent[],
  context: { publishedLessons: number },
): string[] {
  return ACHIEVEMENTS.filter((achievement) => achievement.earned(events, context)).map(
    (achievement) => achievement.id,
  );
}
