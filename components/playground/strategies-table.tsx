'use client';

import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { Field } from '@/components/ui/field';
import { useId, useMemo, useState } from 'react';
import { formatMultiple, formatUsd } from '@/lib/router/cost';
import { strategyComparison } from '@/lib/router/exercise';
import type { RouteRequest, Strategy } from '@/lib/router/types';

const ROW_LABEL = {
  'always-pro': 'rowAlwaysPro',
  routed: 'rowRouted',
  'flash-lite-only': 'rowFlashLiteOnly',
  'routed-cached': 'rowRoutedCached',
  'routed-batch': 'rowRoutedBatch',
  'routed-flex': 'rowRoutedFlex',
  'routed-priority': 'rowRoutedPriority',
} as const;

/** The lesson's strategies table, recomputed live for the learner's own prompts. */
export function StrategiesTable({
  requests,
  strategy,
}: {
  requests: RouteRequest[];
  strategy: Strategy;
}) {
  const t = useTranslations('Playground.exercise');
  const id = useId();
  const [prefix, setPrefix] = useState('2000');
  const prefixTokens = /^\d{1,9}$/.test(prefix) ? Number(prefix) : null;
  const comparison = useMemo(
    () =>
      prefixTokens === null
        ? null
        : strategyComparison(
            requests.map((request) => ({ ...request, strategy })),
            { sharedPrefixTokens: prefixTokens },
          ),
    [requests, strategy, prefixTokens],
  );
  return (
    <div>
      <h3 className="font-semibold">{t('strategies')}</h3>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('strategiesIntro')}</p>
      <Field
        id={`${id}-prefix`}
        size="sm"
        label={t('sharedPrefix')}
        help={t('sharedPrefixHelp')}
        className="mt-3"
      >
        {(control) => (
          <input
            {...control}
            // No error line of its own: until the entry is a whole number the table below is hidden.
            aria-invalid={prefixTokens === null}
            inputMode="numeric"
            value={prefix}
            onChange={(event) => setPrefix(event.target.value.trim())}
            className="w-40 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
          />
        )}
      </Field>
      {comparison && (
        <DataTable
          rows={comparison.rows}
          rowKey={(row) => row.key}
          columns={[
            { header: t('colStrategy'), cell: (row) => t(ROW_LABEL[row.key]), rowHeader: true },
            {
              header: t('colTotal'),
              numeric: true,
              cell: (row) => (
                <>
                  {formatUsd(row.total.usd)}
                  {row.totalMax && `–${formatUsd(row.totalMax.usd)}`}
                </>
              ),
            },
            {
              header: t('colMultiple'),
              numeric: true,
              cell: (row) => (
                <>
                  {formatMultiple(row.multipleOfPro)}
                  {row.multipleOfProMax !== undefined && `–${formatMultiple(row.multipleOfProMax)}`}
                </>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
