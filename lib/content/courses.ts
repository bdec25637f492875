import path from 'node:path';
import { env } from '@/lib/env';
import { loadCourses, type Course, type Lesson } from './loader';

export type { Course, Lesson } from './loader';

const CONTENT_ROOT = path.join(process.cwd(), 'content', 'courses');

// Drafts are for authors running `next dev`; a production build never contains them.
const includeDrafts = env.NODE_ENV !== 'production';

let cached: Course[] | undefined;

/** Every visible course, read once per process (content only changes with a new build). */
export function getCourses(): Course[] {
  cached ??= loadCourses(CONTENT_ROOT, { includeDrafts });
  return cached;
}

export function getCourse(courseSlug: string): Course | undefined {
  return getCourses().find((course) => course.slug === courseSlug);
}

export interface LessonInCourse {
  course: Course;
  lesson: Lesson;
  /** 1-based position among the visible lessons. */
  position: number;
  previous?: Lesson;
  next?: Lesson;
}

export function getLesson(courseSlug: string, lessonSlug: string): LessonInCourse | undefined {
  const course = getCourse(courseSlug);
  if (!course) return undefined;
  const index = course.lessons.findIndex((lesson) => lesson.slug === lessonSlug);
  if (index < 0) return undefined;
  return {
    course,
    lesson: course.lessons[index]!,
    position: index + 1,
    previous: course.lessons[index - 1],
    next: course.lessons[index + 1],
  };
}

/** Lessons published across all courses (the learner bar's "0/4 lessons"). */
export function countPublishedLessons(): number {
  return getCourses().reduce((sum, course) => sum + course.lessons.length, 0);
}
