import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { DisplayNameForm } from '@/components/account/display-name-form';
import { redirect } from '@/i18n/navigation';
import { currentUser } from '@/lib/auth';
import { getCourses } from '@/lib/content';
import { ACHIEVEMENTS, levelForXp } from '@/lib/progress/rewards';
import { loadProgress } from '@/lib/progress/server';
import { ClientMessages } from '@/i18n/client-messages-provider';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }> };

function lessonTitles(): Map<string, string> {
  return new Map(
    getCourses().flatMap((course) =>
      course.lessons.map((lesson) => [`${course.slug}/${lesson.slug}`, lesson.meta.title]),
    ),
  );
}

export default async function ProfilePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user)
    return redirect({ href: { pathname: '/signin', query: { callbackUrl: '/profile' } }, locale });
  const [t, te, ta, format, progress] = await Promise.all([
    getTranslations('Account'),
    getTranslations('Events'),
    getTranslations('Achievements'),
    getFormatter(),
    loadProgress(user.id),
  ]);
  const { level, next, xpToGo } = levelForXp(progress.summary.xp);
  const titles = lessonTitles();

  return (
    <ClientMessages page="account">
      <div className="mx-auto max-w-3xl space-y-10 px-4 py-12">
        <header>
          <h1 className="text-3xl font-extrabold">{t('profileTitle')}</h1>
          <p className="mt-2 text-lg">{user.name ?? user.email}</p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {user.email} · {t('role')}:{' '}
            {user.role === 'moderator' ? t('roleModerator') : t('roleLearner')}
          </p>
          <DisplayNameForm current={user.name ?? null} />
          <p className="mt-4 text-lg font-semibold">
            {t('levelLine', { level: level.level, name: level.name, xp: progress.summary.xp })}
            {next && (
              <span className="ml-2 text-sm font-normal text-zinc-600 dark:text-zinc-400">
                ({xpToGo} XP → {next.name})
              </span>
            )}
          </p>
        </header>

        <Section id="history" title={t('history')}>
          {progress.events.length === 0 ? (
            <p className="mt-3 text-zinc-600 dark:text-zinc-400">{t('historyEmpty')}</p>
          ) : (
            <ol className="mt-3 divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
              {progress.events.map((event) => (
                <li
                  key={`${event.kind}:${event.subject}`}
                  className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2.5 text-sm"
                >
                  <span>
                    {te(event.kind)}
                    {titles.has(event.subject) && (
                      <span className="text-zinc-600 dark:text-zinc-400">
                        {' '}
                        · {titles.get(event.subject)}
                      </span>
                    )}
                  </span>
                  <span className="font-mono">
                    +{event.xp} XP ·{' '}
                    <time dateTime={event.createdAt}>
                      {format.dateTime(new Date(event.createdAt), { dateStyle: 'medium' })}
                    </time>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Section>

        <Section
          id="achievements"
          title={
            <>
              {t('achievements')} ({progress.summary.achievements.length}/{ACHIEVEMENTS.length})
            </>
          }
        >
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {ACHIEVEMENTS.map((achievement) => {
              const earned = progress.summary.achievements.includes(achievement.id);
              return (
                <li
                  key={achievement.id}
                  className={`rounded-xl border p-3 ${earned ? 'border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/40' : 'border-zinc-200 dark:border-zinc-800'}`}
                >
                  <p className="font-semibold">
                    {earned ? '🏆 ' : ''}
                    {ta(`${achievement.id}.name`)}{' '}
                    <span className="text-xs font-normal">
                      ({earned ? t('earned') : t('notEarned')})
                    </span>
                  </p>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    {ta(`${achievement.id}.description`)}
                  </p>
                </li>
              );
            })}
          </ul>
        </Section>

        <Section id="delete" title={t('deleteTitle')} tone="danger">
          <p className="mt-2 text-sm">{t('deleteBody')}</p>
          <DeleteAccountForm />
        </Section>
      </div>
    </ClientMessages>
  );
}
