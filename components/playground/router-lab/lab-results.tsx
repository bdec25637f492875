'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatUsd, picoToUsd } from '@/lib/router/cost';
import type { BaselineKey, LabFigures, LabGrade } from '@/lib/router/lab/grade';

// recharts loads only when there are results to draw.
const LabChart = dynamic(() => import('./lab-chart').then((module) => module.LabChart), {
  ssr: false,
});

const ROWS: ('router' | BaselineKey)[] = [
  'router',
  'auto',
  'alwaysPro',
  'alwaysFlash',
  'alwaysFlashLite',
  'labels',
];

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The run's figures, the chart and every misrouted prompt with the rule that fired. */
export function LabResults({ grade }: { grade: LabGrade }) {
  const t = useTranslations('RouterLab');
  const rows = ROWS.map((key): LabFigures & { key: (typeof ROWS)[number] } => ({
    key,
    ...(key === 'router' ? grade.router : grade.baselines[key]),
  }));
  const points = rows.map((row) => ({
    key: row.key,
    label: t(`rows.${row.key}`),
    under: row.underShare * 100,
    usd: picoToUsd(row.costPico),
  }));
  return (
    <section aria-labelledby="router-lab-results" className="space-y-6">
      <h3 id="router-lab-results" className="text-xl font-bold">
        {t('resultsHeading', { count: grade.router.prompts })}
      </h3>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="overflow-x-auto">
          <DataTable
            testId="lab-figures"
            caption={t('figuresCaption')}
            captionShown
            className=""
            rows={rows}
            rowKey={(row) => row.key}
            rowTestId={(row) => `lab-row-${row.key}`}
            rowClassName={(row) => (row.key === 'router' ? 'font-semibold' : '')}
            columns={[
              { header: t('router'), cell: (row) => t(`rows.${row.key}`), rowHeader: true },
              {
                header: t('cost'),
                cell: (row) => formatUsd(picoToUsd(row.costPico)),
                numeric: true,
              },
              {
                header: t('under'),
                cell: (row) => `${percent(row.underShare)} (${row.underRouted})`,
                numeric: true,
              },
              {
                header: t('over'),
                cell: (row) => `${percent(row.overShare)} (${row.overRouted})`,
                numeric: true,
              },
            ]}
          />
        </div>
        <figure className="h-72" data-testid="lab-chart" aria-label={t('chartLabel')}>
          <LabChart points={points} xLabel={t('under')} yLabel={t('cost')} />
        </figure>
      </div>
      <div>
        <h4 className="mb-2 font-semibold">
          {t('misroutedHeading', { count: grade.misrouted.length })}
        </h4>
        {grade.misrouted.length === 0 ? (
          <p>{t('noMisrouted')}</p>
        ) : (
          <DataTable
            testId="lab-misrouted"
            scroll="md"
            scrollLabel={t('misroutedHeading', { count: grade.misrouted.length })}
            className=""
            rows={grade.misrouted}
            rowKey={(m) => m.id}
            rowClassName={() => 'align-top'}
            columns={[
              {
                header: t('prompt'),
                cell: (m) => (
                  <>
                    <span className="mr-1 font-mono text-xs text-zinc-500">{m.id}</span>
                    {m.prompt.length > 140 ? `${m.prompt.slice(0, 140)}…` : m.prompt}
                  </>
                ),
              },
              {
                header: t('label'),
                cell: (m) => t(`tiers.${m.label}`),
                className: 'whitespace-nowrap',
              },
              {
                header: t('sentTo'),
                cell: (m) => (
                  <>
                    {t(`tiers.${m.tier}`)}{' '}
                    <span
                      className={
                        m.direction === 'under'
                          ? 'text-red-700 dark:text-red-400'
                          : 'text-amber-700 dark:text-amber-400'
                      }
                    >
                      ({t(m.direction === 'under' ? 'underShort' : 'overShort')})
                    </span>
                  </>
                ),
                className: 'whitespace-nowrap',
              },
              {
                header: t('ruleFired'),
                cell: (m) =>
                  m.rule < 0 ? t('fallbackName') : t('ruleName', { number: m.rule + 1 }),
                className: 'whitespace-nowrap',
              },
            ]}
          />
        )}
      </div>
    </section>
  );
}
