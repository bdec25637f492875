'use client';

import { useTranslations } from 'next-intl';
import { formatPercent, formatUsd } from '@/lib/router/cost';
import { TIER_LABEL } from '@/lib/router/tiers';
import { TIERS, type Decision } from '@/lib/router/types';
import { ReasonList } from './reason-list';
import { DataTable } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';

const COST_TEST_ID = {
  picked: 'cost-picked',
  alwaysPro: 'cost-pro',
  alwaysFlashLite: 'cost-flash-lite',
} as const;

const TIER_STYLE = {
  'flash-lite': 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  flash: 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100',
  pro: 'bg-violet-100 text-violet-900 dark:bg-violet-900/50 dark:text-violet-100',
} as const;

/** "12.5" for a ratio, trimmed so it reads naturally. */
function times(ratio: number): string {
  return ratio >= 10 ? ratio.toFixed(0) : Number(ratio.toFixed(1)).toString();
}

/** What the model really used and cost, once a real call finished. */
export interface RealUsage {
  model: string;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/**
 * The router's decision: model, tier, reasons, tokens, and the cost next to
 * both baselines. After a real call, its usage and cost replace the estimate.
 */
export function DecisionView({ decision, real }: { decision: Decision; real?: RealUsage }) {
  const t = useTranslations('Playground');
  const { alwaysPro, alwaysFlashLite } = decision.costUsd;
  const picked = real?.costUsd ?? decision.costUsd.picked;
  const cheaperThanPro = picked > 0 && alwaysPro > picked ? alwaysPro / picked : 1;
  // The picked model's cost against both baselines, each with how they compare.
  const costs = [
    {
      key: 'picked',
      usd: picked,
      note: (
        <span className="text-emerald-700 dark:text-emerald-400">
          {cheaperThanPro > 1
            ? t('timesCheaper', { times: times(cheaperThanPro) })
            : t('sameAsPro')}
        </span>
      ),
    },
    { key: 'alwaysPro', usd: alwaysPro, note: null },
    {
      key: 'alwaysFlashLite',
      usd: alwaysFlashLite,
      note: alwaysFlashLite > 0 ? t('vsLite', { times: times(picked / alwaysFlashLite) }) : null,
    },
  ] as const;
  return (
    <Section id="decision-heading" title={t('decision')} tone="card" size="lg">
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">{t('model')}</dt>
        <dd className="font-mono font-semibold" data-testid="decision-model">
          {decision.model}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">{t('catalogDay')}</dt>
        <dd data-testid="decision-catalog-day">
          <time dateTime={decision.at}>{decision.at}</time>
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">{t('tier')}</dt>
        <dd>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-semibold ${TIER_STYLE[decision.tier]}`}
            data-testid="decision-tier"
          >
            {decision.tier}
          </span>
          <span className="ml-2 text-zinc-600 dark:text-zinc-400">{decision.strategy}</span>
        </dd>
        {decision.bucket && (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">{t('bucket')}</dt>
            <dd className="font-mono">{decision.bucket}</dd>
          </>
        )}
        {decision.classifier && (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">{t('confidence')}</dt>
            <dd data-testid="decision-confidence">
              {t('confidenceValue', {
                confidence: formatPercent(decision.classifier.confidence),
                tier: TIER_LABEL[decision.classifier.runnerUp.tier],
                probability: formatPercent(decision.classifier.runnerUp.probability),
              })}
            </dd>
          </>
        )}
        <dt className="text-zinc-600 dark:text-zinc-400">{t('inputTokens')}</dt>
        <dd data-testid="input-tokens">
          {(real?.inputTokens ?? decision.inputTokens).toLocaleString()}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">
          {real ? t('realOutputTokens') : t('outputTokens')}
        </dt>
        <dd data-testid="output-tokens">
          {(real?.outputTokens ?? decision.estimatedOutputTokens).toLocaleString()}
        </dd>
      </dl>

      <h3 className="mt-4 text-sm font-semibold">{t('reasons')}</h3>
      <ReasonList decision={decision} className="mt-1 list-disc space-y-1 pl-5 text-sm" />

      <h3 className="mt-4 text-sm font-semibold">{real ? t('realCostHeading') : t('cost')}</h3>
      <DataTable
        className="mt-1"
        rows={costs}
        rowKey={(row) => row.key}
        columns={[
          { cell: (row) => t(row.key), rowHeader: true },
          {
            // The picked model's cost stands out from the baselines'.
            cell: (row) =>
              row.key === 'picked' ? (
                <strong className="font-semibold">{formatUsd(row.usd)}</strong>
              ) : (
                formatUsd(row.usd)
              ),
            numeric: true,
            testId: (row) => COST_TEST_ID[row.key],
          },
          { cell: (row) => row.note, className: 'text-right text-zinc-600 dark:text-zinc-400' },
        ]}
      />

      <h3 className="mt-4 text-sm font-semibold">{t('whatIf')}</h3>
      <DataTable
        className="mt-1"
        caption={t('whatIfCaption')}
        testId="decision-what-if"
        rows={TIERS}
        rowKey={(tier) => tier}
        rowClassName={(tier) => (tier === decision.tier ? 'font-semibold' : '')}
        columns={[
          { header: t('tier'), cell: (tier) => TIER_LABEL[tier], rowHeader: true },
          {
            header: t('model'),
            cell: (tier) => decision.tiers[tier].model,
            className: 'font-mono text-xs',
          },
          {
            header: t('cost'),
            cell: (tier) => formatUsd(decision.tiers[tier].costUsd),
            numeric: true,
          },
          {
            header: t('whatIfNote'),
            cell: (tier) => (tier === decision.tier ? t('whatIfPicked') : null),
          },
        ]}
      />

      {decision.retired && (
        <p
          role="note"
          className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950/40"
        >
          {t('retiredNote', {
            model: decision.retired.model,
            date: decision.retired.on,
            successor: decision.retired.successor ?? '—',
            rerouted: decision.retired.reroutedTo ?? '—',
            day: decision.at,
            picked: decision.model,
          })}
        </p>
      )}
      {real ? (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">{t('estimateReplaced')}</p>
      ) : (
        decision.offline && (
          <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">{t('offlineNote')}</p>
        )
      )}
    </Section>
  );
}
