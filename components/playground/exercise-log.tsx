'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/ui/data-table';
import {
  exerciseLogToCsv,
  exerciseLogToJsonl,
  type ExerciseLogEntry,
} from '@/lib/playground/exercise-export';
import { formatUsd } from '@/lib/router/cost';
import type { Decision, RouteRequest } from '@/lib/router/types';
import { ReasonList } from './reason-list';

/** The two files the log downloads as; each one button. */
const DOWNLOADS = [
  {
    label: 'downloadCsv',
    name: 'stream-exercise.csv',
    type: 'text/csv;charset=utf-8',
    content: exerciseLogToCsv,
  },
  {
    label: 'downloadJsonl',
    name: 'stream-exercise.jsonl',
    type: 'application/x-ndjson',
    content: exerciseLogToJsonl,
  },
] as const;

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Every prompt of an exercise run with where it went and what it cost, as
 * downloads and as a table drawn only once opened (a run has many rows).
 */
export function ExerciseLog({
  requests,
  decisions,
}: {
  requests: RouteRequest[];
  decisions: Decision[];
}) {
  const t = useTranslations('Playground.exercise');
  const [open, setOpen] = useState(false);
  const log = useMemo<ExerciseLogEntry[]>(
    () => decisions.map((decision, index) => ({ prompt: requests[index]?.prompt ?? '', decision })),
    [decisions, requests],
  );
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h3 className="font-semibold">{t('log')}</h3>
        {DOWNLOADS.map((file) => (
          <button
            key={file.name}
            type="button"
            onClick={() => download(file.name, file.type, file.content(log))}
            className="rounded-lg border border-zinc-300 px-3 py-1.5 text-sm dark:border-zinc-700"
          >
            {t(file.label)}
          </button>
        ))}
      </div>
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="rounded-xl border border-zinc-200 dark:border-zinc-800"
      >
        <summary className="cursor-pointer px-4 py-2 text-sm font-medium">{`${t('log')} (${decisions.length})`}</summary>
        {open && (
          <DataTable
            rows={log}
            rowKey={(_, index) => index}
            rowClassName={() => 'align-top'}
            scroll="lg"
            className=""
            columns={[
              { header: '#', cell: (_, index) => index + 1, className: 'text-zinc-500' },
              {
                header: t('colPrompt'),
                cell: ({ prompt, decision }) => (
                  <>
                    <p className="line-clamp-2">{prompt}</p>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs text-brand-600 dark:text-brand-300">
                        {t('showReasons')}
                      </summary>
                      <ReasonList decision={decision} className="mt-1 list-disc pl-4 text-xs" />
                    </details>
                  </>
                ),
              },
              {
                header: t('colBucket'),
                cell: ({ decision }) => decision.bucket ?? '—',
                className: 'font-mono text-xs',
              },
              {
                header: t('colModel'),
                cell: ({ decision }) => decision.model,
                className: 'font-mono text-xs',
              },
              {
                header: t('colCost'),
                cell: ({ decision }) => formatUsd(decision.costUsd.picked),
                numeric: true,
                className: 'text-xs',
              },
            ]}
          />
        )}
      </details>
    </div>
  );
}
