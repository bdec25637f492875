import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Course } from '@/lib/content/loader';

/** Prisma's code for a unique constraint that a write would break. */
const UNIQUE_VIOLATION = 'P2002';

/**
 * Runs an upsert, and once more if it lost a race: two app servers seeding a
 * fresh database at once may both find no row and both insert, and the
 * second insert breaks a unique constraint (Lesson's course and slug are
 * unique as well as its id, so the database cannot settle it as one
 * ON CONFLICT). The second try finds the row and updates it.
 */
async function upsertRacing(upsert: () => Promise<unknown>): Promise<void> {
  try {
    await upsert();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== UNIQUE_VIOLATION) throw error;
    await upsert();
  }
}

/**
 * Mirrors the courses and lessons into the database (idempotent), so progress
 * and comments can only refer to lessons that exist.
 */
export async function seedCourses(
  db: PrismaClient,
  courses: Course[],
): Promise<{ courses: number; lessons: number }> {
  let lessons = 0;
  for (const course of courses) {
    const courseData = { title: course.meta.title, summary: course.meta.summary };
    await upsertRacing(() =>
      db.course.upsert({
        where: { slug: course.slug },
        create: { slug: course.slug, ...courseData },
        update: courseData,
      }),
    );
    for (const lesson of course.lessons) {
      const data = {
        title: lesson.meta.title,
        order: lesson.meta.order,
        minutes: lesson.meta.minutes,
        status: lesson.meta.status,
      };
      const id = `${course.slug}/${lesson.slug}`;
      await upsertRacing(() =>
        db.lesson.upsert({
          where: { id },
          create: { id, courseSlug: course.slug, slug: lesson.slug, ...data },
          update: data,
        }),
      );
      lessons++;
    }
  }
  return { courses: courses.length, lessons };
}
