'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { formatUsd } from '@/lib/router/cost';
import type { ExerciseSummary } from '@/lib/router/exercise';
import { TIERS, type Decision, type RouteRequest, type Strategy } from '@/lib/router/types';
import { ExerciseLog } from './exercise-log';
import { StrategiesTable } from './strategies-table';

// The chart library is the heaviest part of the page: load it only when there is something to draw.
const CostChart = dynamic(() => import('./cost-chart').then((module) => module.CostChart), {
  ssr: false,
});

export interface ExerciseRun {
  requests: RouteRequest[];
  decisions: Decision[];
  summary: ExerciseSummary;
  elapsedMs: number;
  strategy: Strategy;
}

const percent = (share: number) => Math.round(share * 100);

export function ExerciseResults({ run }: { run: ExerciseRun }) {
  const t = useTranslations('Playground.exercise');
  const { summary, decisions, requests } = run;
  const totals = summary.totals;
  const bars = [
    { key: 'router', label: t('router'), usd: totals.router.usd },
    { key: 'alwaysPro', label: t('alwaysPro'), usd: totals.alwaysPro.usd },
    { key: 'alwaysFlash', label: t('alwaysFlash'), usd: totals.alwaysFlash.usd },
    { key: 'alwaysFlashLite', label: t('alwaysFlashLite'), usd: totals.alwaysFlashLite.usd },
  ];

  return (
    <section aria-labelledby="exercise-results" className="space-y-8">
      <div
        role="status"
        className="rounded-2xl border border-emerald-300 bg-emerald-50 p-5 dark:border-emerald-800 dark:bg-emerald-950/40"
      >
        <h2 id="exercise-results" className="text-xl font-bold">
          {summary.savingsVsPro >= 0
            ? t('savings', {
                percent: percent(summary.savingsVsPro),
                router: formatUsd(totals.router.usd),
                pro: formatUsd(totals.alwaysPro.usd),
              })
            : t('moreExpensive', { percent: percent(-summary.savingsVsPro) })}
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          {t('summary', { count: decisions.length, ms: run.elapsedMs })}
        </p>
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        <div>
          <h3 className="mb-3 font-semibold">{t('share')}</h3>
          <ul className="space-y-2">
            {TIERS.map((tier) => {
              const model = decisions.find((decision) => decision.tier === tier)?.model ?? tier;
              const { count, share } = summary.share[tier];
              return (
                <li key={tier}>
                  <p className="text-sm">
                    {t('shareItem', { model, count, percent: percent(share) })}
                  </p>
                  <div
                    className="mt-1 h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
                    aria-hidden="true"
                  >
                    <div className="h-full bg-brand-500" style={{ width: `${percent(share)}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
        <figure>
          <figcaption className="mb-3 font-semibold">{t('chart')}</figcaption>
          <div
            role="img"
            aria-label={t('chartDescription', {
              router: formatUsd(totals.router.usd),
              pro: formatUsd(totals.alwaysPro.usd),
              flash: formatUsd(totals.alwaysFlash.usd),
              lite: formatUsd(totals.alwaysFlashLite.usd),
            })}
            className="h-64"
            data-testid="cost-chart"
          >
            <CostChart bars={bars} />
          </div>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 text-sm">
            {bars.map((bar) => (
              <li key={bar.key}>
                {bar.label}: <span className="font-mono">{formatUsd(bar.usd)}</span>
              </li>
            ))}
          </ul>
        </figure>
      </div>

      <StrategiesTable requests={requests} strategy={run.strategy} />

      <ExerciseLog requests={requests} decisions={decisions} />
    </section>
  );
}
