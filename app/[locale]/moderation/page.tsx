import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CheckStatsSection } from './check-stats-section';
import { QueueSection } from './queue-section';
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

  return (
    <ClientMessages page="moderation">
      <div className="mx-auto max-w-4xl space-y-12 px-4 py-12">
        <h1 className="text-3xl font-extrabold">{t('title')}</h1>

        <QueueSection
          id="reported"
          title={t('reports')}
          waiting={reports.length}
          items={reports}
          empty={t('noReports')}
          itemKey={(report) => report.id}
        >
          {(report) => (
            <>
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
            </>
          )}
        </QueueSection>

        <QueueSection
          id="hidden"
          title={t('hidden')}
          waiting={hidden.length}
          items={hidden}
          empty={t('noHidden')}
          itemKey={(comment) => comment.id}
        >
          {(comment) => (
            <>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {displayName(comment.author)} · {comment.lessonId} · {when(comment.createdAt)}
              </p>
              <div className="mt-2">
                <MarkdownLite source={comment.body} />
              </div>
              <div className="mt-3">
                <CommentModerationButton commentId={comment.id} hidden />
              </div>
            </>
          )}
        </QueueSection>

        <QueueSection
          id="problems"
          title={t('problems')}
          waiting={problems.filter((problem) => problem.status !== 'done').length}
          items={problems}
          empty={t('noProblems')}
          itemKey={(problem) => problem.id}
        >
          {(problem) => (
            <div data-problem-report="">
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
            </div>
          )}
        </QueueSection>

        <CheckStatsSection />
      </div>
    </ClientMessages>
  );
}
