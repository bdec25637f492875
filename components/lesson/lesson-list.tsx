import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Course } from '@/lib/content/types';
import { lessonCheckIds } from '@/lib/checks/registry';
import { LessonCheckStatus } from '../checks/lesson-check-status';
import { LessonReviewNote } from '../checks/lesson-review-note';
import { CommentCount } from '../community/comment-count';
import { TagList } from './tag-list';

/** A course's lessons in order, with minutes, tags, checks passed and a review mark (course page). */
export async function LessonList({ course }: { course: Course }) {
  const t = await getTranslations('Course');
  const lessonIds = course.lessons.map((lesson) => `${course.slug}/${lesson.slug}`);
  return (
    <ol className="space-y-3">
      {course.lessons.map((lesson) => (
        <li key={lesson.slug}>
          <Link
            href={`/courses/${course.slug}/${lesson.slug}`}
            className="block rounded-2xl border border-zinc-200 bg-white p-5 transition hover:border-brand-300 hover:shadow-sm dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-brand-700"
          >
            <p className="text-xs font-semibold tracking-wide text-brand-600 uppercase dark:text-brand-300">
              {t('lessonNumber', { number: String(lesson.meta.order).padStart(2, '0') })}
              {lesson.meta.status === 'draft' && (
                <span className="ml-2 text-amber-600">{t('draft')}</span>
              )}
            </p>
            <h3 className="mt-1 text-lg font-bold">{lesson.meta.title}</h3>
            <p className="mt-1 text-zinc-600 dark:text-zinc-400">{lesson.meta.summary}</p>
            <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-zinc-600 dark:text-zinc-400">
              <span>{t('minutes', { minutes: lesson.meta.minutes })}</span>
              <TagList tags={lesson.meta.tags} />
              <CommentCount lessonId={`${course.slug}/${lesson.slug}`} listIds={lessonIds} />
              <LessonCheckStatus
                lessonId={`${course.slug}/${lesson.slug}`}
                checkIds={lessonCheckIds(`${course.slug}/${lesson.slug}`)}
              />
            </div>
            <LessonReviewNote lessonId={`${course.slug}/${lesson.slug}`} compact />
          </Link>
        </li>
      ))}
    </ol>
  );
}
