import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CheckStatsSection } from './check-stats-section';
import { MarkdownLite } from '@/components/community/markdown-lite';
import {
  CommentModerationButton,
  ProblemStatusSelect,
} from '@/components/community/moderation-controls';
import { Link, redirect } from '@/i18n/navigation';
import { currentUser } from '@/lib/auth';
import { hiddenComments, openCommentReports } from '@/lib/community/comments';
import { displayName } from '@/lib/community/display-name';
import { listProblemReports } from '@/lib/community/problem-reports';
import { ClientMessages } from '@/i18n/client-messages-provider';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { robots: { index: false } };

export default async function ModerationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user)
    return redirect({
      href: { pathname: '/signin', query: { callbackUrl: '/moderation' } },
      locale,
    });
  const t = await getTranslations('Moderation');
  if (user.role !== 'moderator') {
    return (
      <div className="mx-auto max-w-3xl px-4 py-16">
        <h1 className="text-3xl font-extrabold">{t('title')}</h1>
        <p role="alert" className="mt-4">
          {t('forbidden')}
        </p>
      </div>
    );
  }
  const [format, reports, hidden, problems] = await Promise.all([
    getFormatter(),
    openCommentReports(),
    hiddenComments(),
    listProblemReports(),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const card =
    'rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900';

  return (
    <ClientMessages page="moderation">
      <div className="mx-auto max-w-4xl space-y-12 px-4 py-12">
        <h1 className="text-3xl font-extrabold">{t('title')}</h1>

        <Section
          id="reported"
          title={
            <>
              {t('reports')} ({reports.length})
            </>
          }
        >
          {reports.length === 0 ? (
            <p className="mt-3 text-zinc-600 dark:text-zinc-400">{t('noReports')}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {reports.map((report) => (
                <li key={report.id} className={card}>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    {displayName(report.comment.author)} ·{' '}
                    <Link
                      href={`/courses/${report.comment.lessonId}#comment-${report.comment.id}`}
                      className="underline"
                    >
                      {report.comment.lessonId}
                    </Link>{' '}
                    · {when(report.createdAt)}
                  </p>
                  <div className="mt-2">
                    <MarkdownLite source={report.comment.body} />
                  </div>
                  <p className="mt-2 text-sm">
                    <span className="font-semibold">{t('reason')}:</span> {report.reason}
                  </p>
                  <div className="mt-3">
                    <CommentModerationButton
                      commentId={report.comment.id}
                      hidden={report.comment.hiddenAt !== null}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section
          id="hidden"
          title={
            <>
              {t('hidden')} ({hidden.length})
            </>
          }
        >
          {hidden.length === 0 ? (
            <p className="mt-3 text-zinc-600 dark:text-zinc-400">{t('noHidden')}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {hidden.map((comment) => (
                <li key={comment.id} className={card}>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    {displayName(comment.author)} · {comment.lessonId} · {when(comment.createdAt)}
                  </p>
                  <div className="mt-2">
                    <MarkdownLite source={comment.body} />
                  </div>
                  <div className="mt-3">
                    <CommentModerationButton commentId={comment.id} hidden />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section
          id="problems"
          title={
            <>
              {t('problems')} ({problems.filter((problem) => problem.status !== 'done').length})
            </>
          }
        >
          {problems.length === 0 ? (
            <p className="mt-3 text-zinc-600 dark:text-zinc-400">{t('noProblems')}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {problems.map((problem) => (
                <li key={problem.id} className={card} data-problem-report="">
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    <span className="font-semibold">{problem.kind}</span> · {t('page')}:{' '}
                    <span className="font-mono">{problem.pageUrl}</span> · {when(problem.createdAt)}
                  </p>
                  <p className="mt-2 whitespace-pre-wrap">{problem.message}</p>
                  {problem.contact && (
                    <p className="mt-1 text-sm">
                      {t('contact')}: {problem.contact}
                    </p>
                  )}
                  <div className="mt-3">
                    <ProblemStatusSelect reportId={problem.id} status={problem.status} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <CheckStatsSection />
      </div>
    </ClientMessages>
  );
}
