'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  loadRouterAction,
  saveRouterAction,
  submitHiddenRoundAction,
} from '@/app/[locale]/playground/lab-actions';
import { primaryButton } from '@/components/ui/button-styles';
import { ErrorText } from '@/components/ui/error-text';
import { readVisitorRouterRaw, writeVisitorRouter } from '@/lib/playground/lab-storage';
import type { SubmitResult } from '@/lib/playground/router-lab-views';
import { formatUsd, picoToUsd } from '@/lib/router/cost';
import { labelledExercisePrompts } from '@/lib/router/lab/exercise-labels';
import {
  gradeLabRouter,
  prepareLabelled,
  type LabGrade,
  type PreparedPrompt,
} from '@/lib/router/lab/grade';
import { parseLabRouter, type LabRouter } from '@/lib/router/lab/schema';
import { routerFromHash, shareFragment } from '@/lib/router/lab/share';
import { smartRouterRules } from '@/lib/router/lab/smart-router';
import { useProgress } from '../../progress/progress-provider';
import { LabResults, percent } from './lab-results';
import { RuleEditor } from './rule-editor';
import { fieldClass, smallButton } from './styles';

type Origin = 'smart' | 'link' | 'browser' | 'account';
type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

function storedVisitorRouter(): LabRouter | null {
  const raw = readVisitorRouterRaw();
  if (!raw) return null;
  try {
    const parsed = parseLabRouter((JSON.parse(raw) as { router?: unknown }).router);
    return parsed.ok ? parsed.router : null;
  } catch {
    return null;
  }
}

/**
 * The router lab: the learner composes rules, runs them against the
 * exercise's labelled prompts in the browser, sees the figures, the chart
 * and every misrouted prompt, and submits to the hidden round, which the
 * server scores. Loaded only when its tab is first opened.
 */
export default function RouterLabPanel() {
  const t = useTranslations('RouterLab');
  const { account, refresh } = useProgress();
  const id = useId();
  const [router, setRouter] = useState<LabRouter>(smartRouterRules);
  const [origin, setOrigin] = useState<Origin>('smart');
  const [loaded, setLoaded] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [linkError, setLinkError] = useState(false);
  const [grade, setGrade] = useState<LabGrade | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [hidden, setHidden] = useState<SubmitResult | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [shareUrl, setShareUrl] = useState('');
  const prepared = useRef<PreparedPrompt[] | null>(null);
  const signedIn = account?.signedIn === true;

  const checked = useMemo(() => parseLabRouter(router), [router]);
  const invalidPath = checked.ok ? null : checked.error.field;
  // "rules.2.conditions.0.value" -> "rule 3, condition 1".
  const invalidPlace = (() => {
    if (checked.ok) return '';
    const match = /^rules\.(\d+)(?:\.conditions\.(\d+))?/.exec(checked.error.field);
    if (!match) return t('fallbackName');
    const rule = Number(match[1]) + 1;
    return match[2] === undefined
      ? t('ruleName', { number: rule })
      : t('conditionName', { rule, number: Number(match[2]) + 1 });
  })();

  // Where the router comes from: a shared link first, then the account, then this browser.
  useEffect(() => {
    if (account === null || loaded) return;
    let cancelled = false;
    void (async () => {
      const fromLink = routerFromHash(window.location.hash);
      let next: { router: LabRouter; origin: Origin } | null = null;
      if (fromLink?.ok) next = { router: fromLink.router, origin: 'link' };
      else {
        if (fromLink) setLinkError(true);
        if (account.signedIn) {
          // If the account cannot be read, nothing is loaded and nothing saved over it.
          const saved = await loadRouterAction().catch(() => null);
          if (!saved) return;
          if (saved.router) next = { router: saved.router, origin: 'account' };
          // Just signed in: this browser's router is on its way into the account (see the progress provider).
          const stored = saved.router ? null : storedVisitorRouter();
          if (stored) next = { router: stored, origin: 'browser' };
        } else {
          const stored = storedVisitorRouter();
          if (stored) next = { router: stored, origin: 'browser' };
        }
      }
      if (cancelled) return;
      if (next) {
        setRouter(next.router);
        setOrigin(next.origin);
      }
      setLoaded(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [account, loaded]);

  // A shared link pasted into this tab later opens too.
  useEffect(() => {
    const follow = () => {
      const fromLink = routerFromHash(window.location.hash);
      if (!fromLink) return;
      setLinkError(!fromLink.ok);
      if (!fromLink.ok) return;
      setRouter(fromLink.router);
      setOrigin('link');
      setDirty(false);
      setHidden(null);
      if (prepared.current) setGrade(gradeLabRouter(fromLink.router, prepared.current));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  // Kept once the learner has changed something: in the account when signed in, else in this browser.
  useEffect(() => {
    if (!loaded || !dirty || !checked.ok) return;
    if (!signedIn) {
      writeVisitorRouter(checked.router);
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSaveState('saved');
      return;
    }
    setSaveState('saving');
    const timer = setTimeout(() => {
      void saveRouterAction(checked.router).then(
        (result) => setSaveState(result.ok ? 'saved' : 'failed'),
        () => setSaveState('failed'),
      );
    }, 400);
    return () => clearTimeout(timer);
  }, [checked, dirty, loaded, signedIn]);

  function edit(next: LabRouter) {
    setRouter(next);
    // After the first run, every valid change is graded again at once.
    const parsed = parseLabRouter(next);
    if (prepared.current && parsed.ok) setGrade(gradeLabRouter(parsed.router, prepared.current));
    setDirty(true);
    setShareUrl('');
    setHidden(null);
  }

  function run() {
    if (!checked.ok) return;
    prepared.current ??= prepareLabelled(labelledExercisePrompts);
    const result = gradeLabRouter(checked.router, prepared.current);
    setGrade(result);
    setAnnouncement(
      t('ranAnnouncement', {
        count: result.router.prompts,
        under: percent(result.router.underShare),
        over: percent(result.router.overShare),
        cost: formatUsd(picoToUsd(result.router.costPico)),
        misrouted: result.misrouted.length,
      }),
    );
  }

  async function submit() {
    if (!checked.ok) return;
    setSubmitting(true);
    try {
      const result = await submitHiddenRoundAction({ router: checked.router });
      setHidden(result);
      if (result.ok) {
        setAnnouncement(
          t(result.score.passed ? 'hiddenPassedAnnouncement' : 'hiddenFailedAnnouncement', {
            under: percent(result.score.underShare),
            cost: formatUsd(result.score.costUsd),
            flash: formatUsd(result.score.alwaysFlashUsd),
          }),
        );
        if (result.xpAwarded) await refresh();
      } else {
        setAnnouncement(
          result.code === 'rate_limited' ? t('rateLimited') : t('invalid', { field: result.field }),
        );
      }
    } catch {
      setHidden(null);
      setAnnouncement(t('submitFailed'));
    } finally {
      setSubmitting(false);
    }
  }

  async function share() {
    if (!checked.ok) return;
    const url = `${window.location.origin}${window.location.pathname}${shareFragment(checked.router)}`;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setAnnouncement(t('shareCopied'));
    } catch {
      setAnnouncement(t('shareReady'));
    }
  }

  function reset() {
    edit(smartRouterRules());
    setOrigin('smart');
    setAnnouncement(t('resetAnnouncement'));
  }

  const saveText =
    saveState === 'saving'
      ? t('saving')
      : saveState === 'failed'
        ? t('saveFailed')
        : saveState === 'saved'
          ? signedIn
            ? t('savedAccount')
            : t('savedBrowser')
          : null;

  return (
    <div className="space-y-6">
      <p className="text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="lab-origin">
        {t(`origin.${origin}`)}
        {saveText && <span data-testid="lab-save-state"> · {saveText}</span>}
      </p>
      {linkError && <ErrorText announce>{t('badLink')}</ErrorText>}
      <RuleEditor
        id={id}
        router={router}
        onChange={edit}
        invalidPath={invalidPath}
        fired={grade?.fired ?? null}
      />
      {!checked.ok && (
        <ErrorText id={`${id}-invalid`} announce>
          {t('invalidField', { field: invalidPlace })}
        </ErrorText>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={run}
          disabled={!checked.ok}
          aria-describedby={checked.ok ? undefined : `${id}-invalid`}
          className={primaryButton}
        >
          {t('run')}
        </button>
        <button type="button" onClick={reset} className={smallButton}>
          {t('reset')}
        </button>
        <button type="button" onClick={share} disabled={!checked.ok} className={smallButton}>
          {t('share')}
        </button>
      </div>
      {shareUrl && (
        <div>
          <label htmlFor={`${id}-share`} className="mb-1 block text-sm font-medium">
            {t('shareLabel')}
          </label>
          <input
            id={`${id}-share`}
            readOnly
            value={shareUrl}
            onFocus={(event) => event.target.select()}
            className={`${fieldClass} w-full font-mono text-xs`}
          />
        </div>
      )}

      <div role="status" aria-live="polite" className="sr-only" data-testid="lab-announcement">
        {announcement}
      </div>

      {grade ? (
        <LabResults grade={grade} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('labelsHidden')}</p>
      )}

      <section
        aria-labelledby={`${id}-hidden`}
        className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800"
      >
        <h3 id={`${id}-hidden`} className="text-lg font-bold">
          {t('hiddenHeading')}
        </h3>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('hiddenIntro')}</p>
        {!signedIn && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('hiddenSignIn')}</p>
        )}
        <button
          type="button"
          onClick={() => void submit()}
          disabled={!checked.ok || submitting}
          className={primaryButton}
        >
          {submitting ? t('submitting') : t('submit')}
        </button>
        {hidden && <HiddenResult result={hidden} />}
      </section>
    </div>
  );
}

function HiddenResult({ result }: { result: SubmitResult }) {
  const t = useTranslations('RouterLab');
  if (!result.ok)
    return (
      <ErrorText announce>
        {result.code === 'rate_limited' ? t('rateLimited') : t('invalid', { field: result.field })}
      </ErrorText>
    );
  const { score } = result;
  return (
    <div data-testid="hidden-result" className="space-y-2">
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">{t('under')}</dt>
          <dd className="font-semibold tabular-nums">{percent(score.underShare)}</dd>
        </div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">{t('over')}</dt>
          <dd className="font-semibold tabular-nums">{percent(score.overShare)}</dd>
        </div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">{t('hiddenCost')}</dt>
          <dd className="font-semibold tabular-nums">{formatUsd(score.costUsd)}</dd>
        </div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">{t('rows.alwaysFlash')}</dt>
          <dd className="font-semibold tabular-nums">{formatUsd(score.alwaysFlashUsd)}</dd>
        </div>
      </dl>
      <p className="font-medium">
        {score.passed
          ? t('hiddenPassed', { count: score.prompts })
          : t('hiddenFailed', { count: score.prompts })}
      </p>
      {score.passed && result.xpAwarded && <p className="font-medium">{t('xpAwarded')}</p>}
      {score.passed && !result.xpAwarded && result.signedIn && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('xpAlready')}</p>
      )}
      {score.passed && !result.signedIn && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('xpSignIn')}</p>
      )}
    </div>
  );
}
