'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import {
  MAX_EXERCISE_LINES,
  parseJsonlRequests,
  parsePastedPrompts,
  type ExerciseInput,
} from '@/lib/playground/exercise-input';
import { summarizeDecisions } from '@/lib/router/exercise';
import { exercisePrompts } from '@/lib/router/exercise-prompts';
import { routePrompt } from '@/lib/router/route';
import type { Decision, RouteRequest, Strategy } from '@/lib/router/types';
import { useProgress } from '../progress/progress-provider';
import { ExerciseResults, type ExerciseRun } from './exercise-results';
import { primaryButton } from '@/components/ui/button-styles';
import { ErrorText } from '@/components/ui/error-text';

type Source = 'builtin' | 'paste' | 'upload';
type InputError = { field: 'paste' | 'file'; message: string };

const CHUNK = 10;
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The lesson's exercise in the browser: many prompts routed, logged and priced against the baselines. */
export function ExercisePanel() {
  const t = useTranslations('Playground.exercise');
  const { record } = useProgress();
  const id = useId();
  const [source, setSource] = useState<Source>('builtin');
  const [pasted, setPasted] = useState('');
  const [strategy, setStrategy] = useState<Strategy>('auto');
  const [error, setError] = useState<InputError | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [run, setRun] = useState<ExerciseRun | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  function describe(input: Extract<ExerciseInput, { ok: false }>['error']): string {
    if (input.code === 'too_many')
      return t('errors.too_many', { lines: input.lines, max: MAX_EXERCISE_LINES });
    if (input.code === 'bad_line')
      return t('errors.bad_line', { line: input.line, message: input.message });
    return t('errors.empty');
  }

  async function readRequests(): Promise<RouteRequest[] | InputError> {
    if (source === 'builtin') return exercisePrompts;
    if (source === 'paste') {
      const parsed = parsePastedPrompts(pasted);
      return parsed.ok ? parsed.requests : { field: 'paste', message: describe(parsed.error) };
    }
    const file = fileRef.current?.files?.[0];
    if (!file) return { field: 'file', message: t('errors.no_file') };
    if (!/\.(jsonl|ndjson)$/i.test(file.name))
      return { field: 'file', message: t('errors.not_jsonl') };
    const parsed = parseJsonlRequests(await file.text());
    return parsed.ok ? parsed.requests : { field: 'file', message: describe(parsed.error) };
  }

  async function start() {
    setError(null);
    const requests = await readRequests();
    if (!Array.isArray(requests)) {
      setError(requests);
      return;
    }
    const started = performance.now();
    const now = new Date();
    const decisions: Decision[] = [];
    setRun(null);
    setProgress({ done: 0, total: requests.length });
    // Route in small chunks and yield between them, so the progress bar moves and the page stays responsive.
    for (let index = 0; index < requests.length; index += CHUNK) {
      for (const request of requests.slice(index, index + CHUNK))
        decisions.push(routePrompt({ ...request, strategy }, { now }));
      setProgress({ done: decisions.length, total: requests.length });
      await nextFrame();
    }
    const elapsedMs = Math.round(performance.now() - started);
    setRun({ requests, decisions, summary: summarizeDecisions(decisions), elapsedMs, strategy });
    setProgress(null);
    // Finishing the lesson's own 100 prompts is the exercise; a paste of three is not.
    if (source === 'builtin') await record({ kind: 'playground-exercise', subject: 'playground' });
  }

  const running = progress !== null;
  return (
    <div className="space-y-6">
      <p className="text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
      <fieldset className="space-y-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
        <legend className="px-1 font-semibold">{t('source')}</legend>
        {(['builtin', 'paste', 'upload'] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-source`}
              value={value}
              checked={source === value}
              onChange={() => setSource(value)}
              className="size-4"
            />
            {value === 'upload'
              ? t('upload', { max: MAX_EXERCISE_LINES.toLocaleString() })
              : t(value)}
          </label>
        ))}
        {source === 'paste' && (
          <div className="pt-2">
            <label htmlFor={`${id}-paste`} className="mb-1 block text-sm font-medium">
              {t('pasteLabel')}
            </label>
            <textarea
              id={`${id}-paste`}
              rows={6}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
              aria-invalid={error?.field === 'paste'}
              aria-describedby={error?.field === 'paste' ? `${id}-error` : undefined}
              className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
            />
          </div>
        )}
        {source === 'upload' && (
          <div className="pt-2">
            <label htmlFor={`${id}-file`} className="mb-1 block text-sm font-medium">
              {t('fileLabel')}
            </label>
            <input
              id={`${id}-file`}
              ref={fileRef}
              type="file"
              accept=".jsonl,.ndjson,application/x-ndjson,application/jsonl"
              aria-invalid={error?.field === 'file'}
              aria-describedby={error?.field === 'file' ? `${id}-error` : undefined}
              className="block text-sm"
            />
          </div>
        )}
        {error && (
          <ErrorText id={`${id}-error`} announce>
            {error.message}
          </ErrorText>
        )}
      </fieldset>

      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${id}-strategy`} className="mb-1 block text-sm font-medium">
            {t('strategy')}
          </label>
          <select
            id={`${id}-strategy`}
            value={strategy}
            onChange={(event) => setStrategy(event.target.value as Strategy)}
            className="rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="auto">auto</option>
            <option value="rules">rules</option>
            <option value="classify">classify</option>
          </select>
        </div>
        <button type="button" onClick={start} disabled={running} className={primaryButton}>
          {running ? t('running', { done: progress.done, total: progress.total }) : t('run')}
        </button>
      </div>

      {running && (
        <div
          role="progressbar"
          aria-label={t('progress')}
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.done}
          className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
        >
          <div
            className="h-full bg-brand-500"
            style={{ width: `${(progress.done / progress.total) * 100}%` }}
          />
        </div>
      )}

      {run && <ExerciseResults run={run} />}
    </div>
  );
}
