/**
 * Levels, XP per event and achievements: the one place these numbers live.
 * Pure data and arithmetic, shared by the server (which awards XP), the
 * learner bar and the levels page.
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
} as const;

export type ProgressEventKind = keyof typeof XP_PER_EVENT;

/** One thing a learner did, counted once per (kind, subject). */
export interface ProgressEvent {
  kind: ProgressEventKind;
  /** What it is about: "<course>/<lesson>" for lessons, "playground" otherwise. */
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
