'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { AnswerStreamDone, AnswerStreamLine } from '@/lib/playground/answer-stream';
import type { RouteFormValues } from '@/lib/playground/route-form-values';
import { formatUsd } from '@/lib/router/cost';
import type { Decision } from '@/lib/router/types';
import type { RealUsage } from './decision-view';
import { Section } from '@/components/ui/section';

type Refusal = { code: string; message: string; limit?: number; resetAt?: string };

type AnswerState =
  | { phase: 'ready' }
  | { phase: 'streaming'; text: string }
  | { phase: 'done'; text: string; done: AnswerStreamDone }
  | { phase: 'refused'; refusal: Refusal; text: string };

/** Sends the routed prompt to the real model and shows the answer as it streams in. */
export function ModelAnswer({
  values,
  onDecision,
  onDone,
}: {
  values: RouteFormValues;
  /** The decision the server made for the real call (with a key, a model classified the prompt). */
  onDecision: (decision: Decision) => void;
  onDone: (real: RealUsage) => void;
}) {
  const t = useTranslations('Playground');
  const format = useFormatter();
  const [state, setState] = useState<AnswerState>({ phase: 'ready' });
  const controller = useRef<AbortController | null>(null);

  async function ask() {
    const { validateRouteForm } = await import('@/lib/playground/route-form');
    const checked = validateRouteForm(values);
    if (!checked.ok) return;
    controller.current?.abort();
    controller.current = new AbortController();
    setState({ phase: 'streaming', text: '' });
    let text = '';
    try {
      const response = await fetch('/api/playground/answer', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(checked.request),
        signal: controller.current.signal,
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { error?: Refusal };
        setState({
          phase: 'refused',
          refusal: body.error ?? { code: 'failed', message: String(response.status) },
          text,
        });
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.trim()) continue;
          const event = JSON.parse(line) as AnswerStreamLine;
          if (event.type === 'decision') {
            onDecision(event.decision);
          } else if (event.type === 'text') {
            text += event.text;
            setState({ phase: 'streaming', text });
          } else if (event.type === 'done') {
            setState({ phase: 'done', text, done: event });
            onDone({
              model: event.model,
              inputTokens: event.usage.inputTokens + event.usage.cachedInputTokens,
              outputTokens: event.usage.outputTokens + event.usage.thinkingTokens,
              costUsd: event.costUsd,
            });
          } else if (event.type === 'error') {
            setState({ phase: 'refused', refusal: { ...event.error, code: 'failed' }, text });
          }
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') {
        setState({
          phase: 'refused',
          refusal: { code: 'failed', message: (error as Error).message },
          text,
        });
      }
    }
  }

  const refusalMessage = (refusal: Refusal) => {
    const reset = refusal.resetAt
      ? format.dateTime(new Date(refusal.resetAt), { dateStyle: 'medium', timeStyle: 'short' })
      : '';
    const known = [
      'offline',
      'sign_in_required',
      'prompt_too_long',
      'rate_limited_ip',
      'rate_limited_user',
      'spend_cap',
    ];
    return known.includes(refusal.code)
      ? t(`refusal.${refusal.code}` as 'refusal.offline', { limit: refusal.limit ?? '', reset })
      : t('refusal.failed', { message: refusal.message });
  };

  return (
    <Section id="answer-heading" title={t('answer')} tone="card" size="lg" className="mt-4">
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('askModelHelp')}</p>
      <button
        type="button"
        onClick={ask}
        disabled={state.phase === 'streaming'}
        className="mt-3 rounded-lg border border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60 dark:text-brand-300 dark:hover:bg-brand-700/20"
      >
        {state.phase === 'streaming' ? t('streaming') : t('askModel')}
      </button>
      {state.phase !== 'ready' && state.text && (
        <div
          data-testid="model-answer"
          className="mt-4 rounded-lg bg-zinc-50 p-3 text-sm whitespace-pre-wrap dark:bg-zinc-950"
          aria-busy={state.phase === 'streaming'}
        >
          {state.text}
        </div>
      )}
      {state.phase === 'done' && (
        <div role="status" className="mt-3 space-y-1 text-sm">
          <p className="font-semibold">
            {t('realCost', { cost: formatUsd(state.done.costUsd), model: state.done.model })}
          </p>
          <p>
            {t('realUsage', {
              input: state.done.usage.inputTokens,
              output: state.done.usage.outputTokens,
              thinking: state.done.usage.thinkingTokens,
            })}
          </p>
          {state.done.rerouted && (
            <p data-testid="rerouted-note">
              {t('rerouted', {
                asked: state.done.askedModel,
                model: state.done.model,
                billed: state.done.billedModel,
              })}
            </p>
          )}
          {state.done.fellBack && <p>{t('fellBack')}</p>}
        </div>
      )}
      {state.phase === 'refused' && (
        <p
          role="alert"
          className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-300"
        >
          {refusalMessage(state.refusal)}
        </p>
      )}
    </Section>
  );
}
