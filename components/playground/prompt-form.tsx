'use client';

import { useTranslations } from 'next-intl';
import {
  lazy,
  Suspense,
  useActionState,
  useDeferredValue,
  useEffect,
  useId,
  useState,
} from 'react';
import { decideAction, type DecideState } from '@/app/[locale]/playground/actions';
import {
  EMPTY_ROUTE_FORM,
  type RouteFormField,
  type RouteFormValues,
} from '@/lib/playground/route-form-values';
import { STRATEGIES, type Decision } from '@/lib/router/types';
import { PROMPT_MAX_CHARS } from '@/lib/router/request-limits';
import { Link } from '@/i18n/navigation';
import { DecisionView, type RealUsage } from './decision-view';
import { LiveEstimatePlaceholder } from './live-estimate-placeholder';
import { ModelAnswer } from './model-answer';
import { useProgress } from '../progress/progress-provider';
import { primaryButton } from '@/components/ui/button-styles';
import { ErrorText } from '@/components/ui/error-text';
import { Field } from '@/components/ui/field';

const INITIAL: DecideState = { status: 'idle' };

/** What a prompt may need, each a checkbox named like its message. */
const NEEDS = ['needsTools', 'needsReasoning'] as const;
/** The whole-number fields, each named like its label message, with its help line. */
const COUNTS = [
  { name: 'maxContext', help: 'maxContextHelp' },
  { name: 'latencyBudgetMs', help: 'latencyHelp' },
] as const;

// The estimate needs the router and its validation in the browser: they load after first paint.
const LiveEstimate = lazy(() =>
  import('./live-estimate').then((module) => ({ default: module.LiveEstimate })),
);

/** One prompt: what the learner declares, the router's decision, and (with a key) the real answer. */
export function PromptForm() {
  const t = useTranslations('Playground');
  const [state, formAction, pending] = useActionState(decideAction, INITIAL);
  // Controlled fields: what the learner typed stays, whatever the server answers.
  const [values, setValues] = useState<RouteFormValues>(EMPTY_ROUTE_FORM);
  const deferred = useDeferredValue(values);
  // The real usage of the latest decision's model call, keyed so a new decision clears it.
  const [real, setReal] = useState<{ decidedAt: number; usage: RealUsage } | null>(null);
  // The decision behind a real call replaces the offline one (a model may have classified the prompt).
  const [live, setLive] = useState<{ decidedAt: number; decision: Decision } | null>(null);
  const id = useId();
  const errors = state.status === 'invalid' ? state.errors : {};
  const { account, record, refresh } = useProgress();
  const signedIn = account?.signedIn;

  // A learner's first decision was recorded by the server action itself; a visitor's is kept in the browser.
  useEffect(() => {
    if (state.status !== 'decided' || signedIn === undefined) return;
    if (signedIn) void refresh();
    else void record({ kind: 'playground-first-run', subject: 'playground' });
  }, [state, signedIn, record, refresh]);

  const set = <K extends keyof RouteFormValues>(key: K, value: RouteFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  const errorText = (field: RouteFormField) => {
    const code = errors[field];
    return code ? t(`errors.${code}`, { max: PROMPT_MAX_CHARS.toLocaleString() }) : undefined;
  };
  const inputClass =
    'w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900 aria-invalid:border-red-600';

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form
        action={formAction}
        noValidate
        className="space-y-5"
        aria-describedby={state.status === 'invalid' ? `${id}-summary` : undefined}
      >
        {state.status === 'invalid' && (
          <p
            id={`${id}-summary`}
            role="alert"
            className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-300"
          >
            {t('formInvalid')}
          </p>
        )}
        <Field
          id={`${id}-prompt`}
          label={t('prompt')}
          help={t('promptHelp', { max: PROMPT_MAX_CHARS.toLocaleString() })}
          error={errorText('prompt')}
          after={
            <Suspense fallback={<LiveEstimatePlaceholder />}>
              <LiveEstimate values={deferred} />
            </Suspense>
          }
        >
          {(control) => (
            <textarea
              {...control}
              name="prompt"
              rows={7}
              value={values.prompt}
              onChange={(event) => set('prompt', event.target.value)}
              placeholder={t('promptPlaceholder')}
              className={inputClass}
            />
          )}
        </Field>

        <fieldset className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <legend className="px-1 font-semibold">{t('needs')}</legend>
          {NEEDS.map((need) => (
            <label key={need} className="flex items-center gap-2">
              <input
                type="checkbox"
                name={need}
                checked={values[need]}
                onChange={(event) => set(need, event.target.checked)}
                className="size-4"
              />
              {t(need)}
            </label>
          ))}
          <div className="grid gap-4 sm:grid-cols-2">
            {COUNTS.map((count) => (
              <Field
                key={count.name}
                id={`${id}-${count.name}`}
                size="sm"
                label={t(count.name)}
                help={t(count.help)}
                error={errorText(count.name)}
              >
                {(control) => (
                  <input
                    {...control}
                    name={count.name}
                    inputMode="numeric"
                    value={values[count.name]}
                    onChange={(event) => set(count.name, event.target.value)}
                    className={inputClass}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>

        <fieldset
          aria-describedby={errors.strategy ? `${id}-strategy-error` : undefined}
          className="space-y-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800"
        >
          <legend className="px-1 font-semibold">{t('strategy')}</legend>
          {STRATEGIES.map((strategy) => (
            <label key={strategy} className="flex items-start gap-2">
              <input
                type="radio"
                name="strategy"
                value={strategy}
                checked={values.strategy === strategy}
                onChange={() => set('strategy', strategy)}
                className="mt-1.5 size-4"
              />
              <span>
                {t(`strategy${strategy[0]!.toUpperCase()}${strategy.slice(1)}` as 'strategyAuto')}
              </span>
            </label>
          ))}
          {errors.strategy && (
            <ErrorText id={`${id}-strategy-error`} className="mt-1">
              {errorText('strategy')}
            </ErrorText>
          )}
        </fieldset>

        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t('submitting') : t('submit')}
        </button>
      </form>

      <div aria-live="polite">
        {state.status === 'decided' && (
          <>
            <DecisionView
              decision={live?.decidedAt === state.decidedAt ? live.decision : state.decision}
              real={real?.decidedAt === state.decidedAt ? real.usage : undefined}
            />
            {state.canCallModel && signedIn ? (
              <ModelAnswer
                key={state.decidedAt}
                values={state.values}
                onDecision={(decision) => setLive({ decidedAt: state.decidedAt, decision })}
                onDone={(usage) => setReal({ decidedAt: state.decidedAt, usage })}
              />
            ) : state.canCallModel ? (
              <p className="mt-4 text-sm">
                <Link
                  href={{ pathname: '/signin', query: { callbackUrl: '/playground' } }}
                  className="font-semibold text-brand-600 underline dark:text-brand-300"
                >
                  {t('signInForModel')}
                </Link>
              </p>
            ) : (
              <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">{t('offlineOnly')}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
