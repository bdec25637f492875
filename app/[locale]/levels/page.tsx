import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ACHIEVEMENTS, LEVELS, XP_PER_EVENT, type ProgressEventKind } from '@/lib/progress/rewards';
import { Section } from '@/components/ui/section';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Levels' });
  return { title: t('title') };
}

export default async function LevelsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const [t, te, ta] = await Promise.all([
    getTranslations('Levels'),
    getTranslations('Events'),
    getTranslations('Achievements'),
  ]);
  const cell = 'px-3 py-2 text-left';
  return (
    <div className="mx-auto max-w-3xl space-y-10 px-4 py-12">
      <header>
        <h1 className="text-3xl font-extrabold">{t('title')}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t('lead')}</p>
      </header>
      <Section id="levels" title={t('levels')}>
        <table className="mt-3 w-full text-sm">
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="col" className={cell}>
                {t('level')}
              </th>
              <th scope="col" className={cell}>
                {t('name')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('minXp')}
              </th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((level) => (
              <tr key={level.level} className="border-b border-zinc-100 dark:border-zinc-800">
                <td className={cell}>{level.level}</td>
                <td className={cell}>{level.name}</td>
                <td className={`${cell} text-right font-mono`}>{level.minXp}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="xp" title={t('xpPerEvent')}>
        <table className="mt-3 w-full text-sm">
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="col" className={cell}>
                {t('event')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('xp')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(XP_PER_EVENT) as ProgressEventKind[]).map((kind) => (
              <tr key={kind} className="border-b border-zinc-100 dark:border-zinc-800">
                <td className={cell}>{te(kind)}</td>
                <td className={`${cell} text-right font-mono`}>{XP_PER_EVENT[kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section
        id="achievement-list"
        title={<>{t('achievements', { count: ACHIEVEMENTS.length })}</>}
      >
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          {ACHIEVEMENTS.map((achievement) => (
            <div
              key={achievement.id}
              className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
            >
              <dt className="font-semibold">{ta(`${achievement.id}.name`)}</dt>
              <dd className="text-sm text-zinc-600 dark:text-zinc-400">
                <span className="sr-only">{t('howToEarn')}: </span>
                {ta(`${achievement.id}.description`)}
              </dd>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  );
}
