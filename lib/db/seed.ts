import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Course } from '@/lib/content/loader';

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
    await db.course.upsert({
      where: { slug: course.slug },
      create: { slug: course.slug, ...courseData },
      update: courseData,
    });
    for (const lesson of course.lessons) {
      const data = {
        title: lesson.meta.title,
        order: lesson.meta.order,
        minutes: lesson.meta.minutes,
        status: lesson.meta.status,
      };
      const id = `${course.slug}/${lesson.slug}`;
      await db.lesson.upsert({
        where: { id },
        create: { id, courseSlug: course.slug, slug: lesson.slug, ...data },
        update: data,
      });
      lessons++;
    }
  }
  return { courses: courses.length, lessons };
}
