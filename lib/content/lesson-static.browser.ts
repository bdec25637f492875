import type { ReactNode } from 'react';

export type StaticLessonPart = 'body' | 'toc-sidebar' | 'toc-mobile';

/**
 * In the browser a lesson's static parts are never rendered again: the
 * markup the server sent stays as it is (see lesson-static.server.tsx).
 * Same signature as the server's, whose arguments are not needed here.
 */
export function staticLessonPart(
  ...args: [part: StaticLessonPart, courseSlug: string, lessonSlug: string]
): ReactNode {
  void args;
  return null;
}
