import { getFormatter, getTranslations } from 'next-intl/server';
import { lessonCheckIds } from '@/lib/checks/registry';
import { checkStats, problemReportCounts } from '@/lib/checks/stats';
import { getCourses } from '@/lib/content';

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
  const cell = 'px-2 py-1.5 text-left';
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
              <table aria-labelledby={headingId} className="mt-2 w-full text-sm">
                <thead>
                  <tr className="border-b border-zinc-200 dark:border-zinc-800">
                    <th scope="col" className={cell}>
                      {t('check')}
                    </th>
                    <th scope="col" className={`${cell} text-right`}>
                      {t('tried')}
                    </th>
                    <th scope="col" className={`${cell} text-right`}>
                      {t('firstTryRight')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ids.map((id) => {
                    const entry = stats.get(id);
                    const tried = entry?.tried ?? 0;
                    return (
                      <tr key={id} className="border-b border-zinc-100 dark:border-zinc-800">
                        <th scope="row" className={`${cell} font-mono font-normal`}>
                          {id.split('/').at(-1)}
                        </th>
                        <td className={`${cell} text-right`}>{tried}</td>
                        <td className={`${cell} text-right`}>
                          {tried === 0
                            ? '–'
                            : format.number((entry?.firstTryRight ?? 0) / tried, {
                                style: 'percent',
                              })}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
