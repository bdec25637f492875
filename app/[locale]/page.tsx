import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LessonList } from '@/components/lesson/lesson-list';
import { getCourses } from '@/lib/content';
import { primaryButton } from '@/components/ui/button-styles';
import { ClientMessages } from '@/i18n/client-messages-provider';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const tc = await getTranslations('Course');
  const courses = getCourses();

  return (
    <ClientMessages page="lessonList">
      <div className="mx-auto max-w-6xl px-4 py-12">
        <section className="max-w-3xl">
          <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">{t('title')}</h1>
          <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">{t('lead')}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link href="/playground" className={primaryButton}>
              {t('playgroundCta')}
            </Link>
          </div>
          <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{t('playgroundLead')}</p>
        </section>

        <h2 className="mt-14 text-2xl font-bold">{t('courses')}</h2>
        {courses.map((course) => (
          <section key={course.slug} aria-labelledby={`course-${course.slug}`} className="mt-6">
            <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`course-${course.slug}`} className="text-xl font-bold">
                <Link href={`/courses/${course.slug}`} className="hover:underline">
                  {course.meta.title}
                </Link>
              </h3>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {tc('totalMinutes', {
                  count: course.lessons.length,
                  minutes: course.lessons.reduce((sum, lesson) => sum + lesson.meta.minutes, 0),
                })}
              </p>
            </div>
            <p className="mb-4 text-zinc-700 dark:text-zinc-300">{course.meta.summary}</p>
            <LessonList course={course} />
          </section>
        ))}
      </div>
    </ClientMessages>
  );
}
