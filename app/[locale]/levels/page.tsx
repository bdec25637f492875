import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ACHIEVEMENTS, LEVELS, XP_PER_EVENT, type ProgressEventKind } from '@/lib/progress/rewards';
import { DataTable } from '@/components/ui/data-table';
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
  return (
    <div className="mx-auto max-w-3xl space-y-10 px-4 py-12">
      <header>
        <h1 className="text-3xl font-extrabold">{t('title')}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t('lead')}</p>
      </header>
      <Section id="levels" title={t('levels')}>
        <DataTable
          rows={LEVELS}
          rowKey={(level) => level.level}
          columns={[
            { header: t('level'), cell: (level) => level.level },
            { header: t('name'), cell: (level) => level.name },
            { header: t('minXp'), cell: (level) => level.minXp, numeric: true },
          ]}
        />
      </Section>
      <Section id="xp" title={t('xpPerEvent')}>
        <DataTable
          rows={Object.keys(XP_PER_EVENT) as ProgressEventKind[]}
          rowKey={(kind) => kind}
          columns={[
            { header: t('event'), cell: (kind) => te(kind) },
            { header: t('xp'), cell: (kind) => XP_PER_EVENT[kind], numeric: true },
          ]}
        />
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
