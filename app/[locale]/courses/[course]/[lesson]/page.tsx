import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChecksLoader } from '@/components/checks/checks-loader';
import { LessonReviewNote } from '@/components/checks/lesson-review-note';
import { LessonComments, LessonReportProblem } from '@/components/community/lesson-islands';
import { ExternalLinks } from '@/components/lesson/external-links';
import { StaticLessonPartView } from '@/components/lesson/static-lesson-part';
import { lessonDay } from '@/components/lesson/catalog-values';
import { ModelStatusNote } from '@/components/lesson/model-status-note';
import { PrevNext } from '@/components/lesson/prev-next';
import { TagList } from '@/components/lesson/tag-list';
import { ProgressBlock } from '@/components/progress/progress-block';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { lessonCheckIds } from '@/lib/checks/registry';
import { getCourses, getLesson } from '@/lib/content';
import { catalog, tierModels } from '@/lib/router/catalog';
import { ClientMessages } from '@/i18n/client-messages-provider';

// Every published lesson is prerendered; an unknown slug is a 404, not a render.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getCourses().flatMap((course) =>
      course.lessons.map((lesson) => ({ locale, course: course.slug, lesson: lesson.slug })),
    ),
  );
}

type Params = Promise<{ locale: string; course: string; lesson: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { course, lesson } = await params;
  const found = getLesson(course, lesson);
  return found ? { title: found.lesson.meta.title, description: found.lesson.meta.summary } : {};
}

/**
 * Every catalog model the lesson names (in prose or code), plus the models
 * its tier components resolve to on the lesson's day.
 */
function namedModels(body: string): string[] {
  const ids = new Set<string>();
  for (const m of body.matchAll(/gemini-[0-9][a-z0-9.-]*[a-z0-9]/g)) ids.add(m[0]);
  for (const m of Object.values(tierModels(catalog, lessonDay()))) ids.add(m.id);
  return catalog.models.filter((m) => ids.has(m.id)).map((m) => m.id);
}

export default async function LessonPage({ params }: { params: Params }) {
  const { locale, course: courseSlug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  const found = getLesson(courseSlug, lessonSlug);
  if (!found) notFound();
  const { course, lesson, position, previous, next } = found;
  const { meta } = lesson;
  const t = await getTranslations('Lesson');
  const lessonId = `${course.slug}/${lesson.slug}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  // Names the lesson whose prerendered parts (body, table of contents) are shown.
  const lessonSlugs = { courseSlug: course.slug, lessonSlug: lesson.slug };

  return (
    <ClientMessages page="lesson">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_15rem]">
        <article lang={course.meta.language} className="min-w-0">
          <nav aria-label={t('breadcrumb')} className="text-sm text-zinc-600 dark:text-zinc-400">
            <Link href={`/courses/${course.slug}`} className="hover:underline">
              {course.meta.title}
            </Link>
          </nav>
          <header className="mt-3">
            <p className="text-sm font-medium text-brand-600 dark:text-brand-300">
              {t('header', {
                position: pad(position),
                total: pad(course.lessons.length),
                status: meta.status === 'published' ? t('published') : t('draft'),
              })}
            </p>
            <h1 className="mt-2 text-3xl font-extrabold tracking-tight sm:text-4xl">
              {meta.title}
            </h1>
            <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-zinc-600 dark:text-zinc-400">
              <span>{t('minutes', { minutes: meta.minutes })}</span>
              <span aria-hidden="true">·</span>
              <TagList tags={meta.tags} />
            </div>
          </header>

          {locale !== course.meta.language && t('contentLanguageNote') && (
            <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
              {t('contentLanguageNote')}
            </p>
          )}
          <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" data-testid="catalog-day">
            {t('catalogDay', { day: lessonDay() })}
          </p>
          <ModelStatusNote models={namedModels(lesson.body)} />
          <LessonReviewNote lessonId={lessonId} />

          <details className="mt-6 rounded-xl border border-zinc-200 bg-white p-4 lg:hidden dark:border-zinc-800 dark:bg-zinc-900">
            <summary className="cursor-pointer font-semibold">{t('toc')}</summary>
            <div className="mt-3">
              <StaticLessonPartView part="toc-mobile" {...lessonSlugs} />
            </div>
          </details>

          <StaticLessonPartView
            part="body"
            {...lessonSlugs}
            className="prose mt-8 max-w-none prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-code:before:content-none prose-code:after:content-none prose-table:text-sm"
          />

          <ChecksLoader lessonId={lessonId} />

          <ExternalLinks links={meta.links} />
          <ProgressBlock lessonId={lessonId} checkIds={lessonCheckIds(lessonId)} />
          {/* Above the islands that load later and grow (the report form, the
              comments), so the next-lesson link never moves under a click. */}
          <PrevNext courseSlug={course.slug} previous={previous} next={next} />
          <LessonReportProblem lessonId={lessonId} />
          <LessonComments lessonId={lessonId} />
        </article>

        <aside className="hidden lg:block">
          <div className="sticky top-20">
            <StaticLessonPartView part="toc-sidebar" {...lessonSlugs} />
          </div>
        </aside>
      </div>
    </ClientMessages>
  );
}
