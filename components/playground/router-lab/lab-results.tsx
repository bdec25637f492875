'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
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
  const figuresOf = (key: (typeof ROWS)[number]): LabFigures =>
    key === 'router' ? grade.router : grade.baselines[key];
  const points = ROWS.map((key) => ({
    key,
    label: t(`rows.${key}`),
    under: figuresOf(key).underShare * 100,
    usd: picoToUsd(figuresOf(key).costPico),
  }));
  return (
    <section aria-labelledby="router-lab-results" className="space-y-6">
      <h3 id="router-lab-results" className="text-xl font-bold">
        {t('resultsHeading', { count: grade.router.prompts })}
      </h3>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="lab-figures">
            <caption className="mb-2 text-left text-zinc-600 dark:text-zinc-400">
              {t('figuresCaption')}
            </caption>
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="col" className="py-1.5 pr-3">
                  {t('router')}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right">
                  {t('cost')}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right">
                  {t('under')}
                </th>
                <th scope="col" className="py-1.5 text-right">
                  {t('over')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((key) => {
                const figures = figuresOf(key);
                return (
                  <tr
                    key={key}
                    data-testid={`lab-row-${key}`}
                    className={`border-b border-zinc-100 dark:border-zinc-800/60 ${key === 'router' ? 'font-semibold' : ''}`}
                  >
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      {t(`rows.${key}`)}
                    </th>
                    <td className="py-1.5 pr-3 text-right tabular-nums">
                      {formatUsd(picoToUsd(figures.costPico))}
                    </td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">
                      {percent(figures.underShare)} ({figures.underRouted})
                    </td>
                    <td className="py-1.5 text-right tabular-nums">
                      {percent(figures.overShare)} ({figures.overRouted})
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
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
          <div
            className="max-h-96 overflow-auto"
            tabIndex={0}
            aria-label={t('misroutedHeading', { count: grade.misrouted.length })}
          >
            <table className="w-full text-left text-sm" data-testid="lab-misrouted">
              <thead className="sticky top-0 bg-white dark:bg-zinc-950">
                <tr className="border-b border-zinc-200 dark:border-zinc-800">
                  <th scope="col" className="py-1.5 pr-3">
                    {t('prompt')}
                  </th>
                  <th scope="col" className="py-1.5 pr-3">
                    {t('label')}
                  </th>
                  <th scope="col" className="py-1.5 pr-3">
                    {t('sentTo')}
                  </th>
                  <th scope="col" className="py-1.5">
                    {t('ruleFired')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {grade.misrouted.map((m) => (
                  <tr
                    key={m.id}
                    className="border-b border-zinc-100 align-top dark:border-zinc-800/60"
                  >
                    <td className="py-1.5 pr-3">
                      <span className="mr-1 font-mono text-xs text-zinc-500">{m.id}</span>
                      {m.prompt.length > 140 ? `${m.prompt.slice(0, 140)}…` : m.prompt}
                    </td>
                    <td className="py-1.5 pr-3 whitespace-nowrap">{t(`tiers.${m.label}`)}</td>
                    <td className="py-1.5 pr-3 whitespace-nowrap">
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
                    </td>
                    <td className="py-1.5 whitespace-nowrap">
                      {m.rule < 0 ? t('fallbackName') : t('ruleName', { number: m.rule + 1 })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
