import type { CourseMeta, LessonMeta } from './schema';

/** A course and its lessons as loaded from content/: types only, safe anywhere. */

export interface Lesson {
  courseSlug: string;
  /** URL segment: the file name without its order prefix ("02-cost-routing.mdx" -> "cost-routing"). */
  slug: string;
  /** Path relative to the content root, for error messages and "edit this page". */
  file: string;
  meta: LessonMeta;
  /** MDX source without the front matter. */
  body: string;
}

export interface Course {
  slug: string;
  meta: CourseMeta;
  /** Sorted by `order`. */
  lessons: Lesson[];
}
