import { getFormatter, getTranslations } from 'next-intl/server';
import { lessonCheckIds } from '@/lib/checks/registry';
import { checkStats, problemReportCounts } from '@/lib/checks/stats';
import { getCourses } from '@/lib/content';
import { DataTable } from '@/components/ui/data-table';

/**
 * For authors (on /moderation): per lesson, the problem reports filed
 * against it, and per check how many learners tried it and the share right
 * at the first try, so a check that misleads shows up.
 */
export async function CheckStatsSection() {
  const [t, format, stats, reports] = await Promise.all([
    getTranslations('Moderation'),
    getFormatter(),
    checkStats(),
    problemReportCounts(),
  ]);
  const lessons = getCourses().flatMap((course) =>
    course.lessons.map((lesson) => ({
      id: `${course.slug}/${lesson.slug}`,
      title: lesson.meta.title,
    })),
  );
  return (
    <section aria-labelledby="check-stats">
      <h2 id="check-stats" className="text-xl font-bold">
        {t('checks')}
      </h2>
      {lessons.map((lesson) => {
        const ids = lessonCheckIds(lesson.id);
        const headingId = `check-stats-${lesson.id.replace('/', '--')}`;
        return (
          <div key={lesson.id} className="mt-4" data-testid={`check-stats-${lesson.id}`}>
            <h3 id={headingId} className="font-semibold">
              {lesson.title}{' '}
              <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">
                · {t('lessonProblems', { count: reports.get(lesson.id) ?? 0 })}
              </span>
            </h3>
            {ids.length > 0 && (
              <DataTable
                className="mt-2"
                labelledBy={headingId}
                rows={ids}
                rowKey={(id) => id}
                columns={[
                  {
                    header: t('check'),
                    cell: (id) => id.split('/').at(-1),
                    rowHeader: true,
                    className: 'font-mono',
                  },
                  { header: t('tried'), cell: (id) => stats.get(id)?.tried ?? 0, numeric: true },
                  {
                    header: t('firstTryRight'),
                    cell: (id) => {
                      const entry = stats.get(id);
                      const tried = entry?.tried ?? 0;
                      return tried === 0
                        ? '–'
                        : format.number((entry?.firstTryRight ?? 0) / tried, { style: 'percent' });
                    },
                    numeric: true,
                  },
                ]}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
