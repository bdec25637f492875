import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LessonList } from '@/components/lesson/lesson-list';
import { routing } from '@/i18n/routing';
import { getCourse, getCourses } from '@/lib/content';
import { ClientMessages } from '@/i18n/client-messages-provider';

// Only the courses known at build exist; anything else is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getCourses().map((course) => ({ locale, course: course.slug })),
  );
}

type Params = Promise<{ locale: string; course: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const course = getCourse((await params).course);
  return course ? { title: course.meta.title, description: course.meta.summary } : {};
}

export default async function CoursePage({ params }: { params: Params }) {
  const { locale, course: courseSlug } = await params;
  setRequestLocale(locale);
  const course = getCourse(courseSlug);
  if (!course) notFound();
  const t = await getTranslations('Course');
  const minutes = course.lessons.reduce((sum, lesson) => sum + lesson.meta.minutes, 0);

  return (
    <ClientMessages page="lessonList">
      <div className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="text-4xl font-extrabold tracking-tight">{course.meta.title}</h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">{course.meta.summary}</p>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {t('totalMinutes', { count: course.lessons.length, minutes })}
        </p>
        <h2 className="mt-10 mb-4 text-2xl font-bold">{t('lessons')}</h2>
        <LessonList course={course} />
      </div>
    </ClientMessages>
  );
}
