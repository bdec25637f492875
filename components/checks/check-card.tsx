'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useLayoutEffect, useState, type FormEvent } from 'react';
import { answerCheckAction, currentCheckAction } from '@/app/[locale]/check-actions';
import { useProgress } from '@/components/progress/progress-provider';
import { recordLocalAnswer } from '@/lib/checks/local-answers';
import { recordLocalEvent } from '@/lib/progress/local-progress';
import { XP_PER_EVENT } from '@/lib/progress/rewards';
import { FigureChanges } from './figure-changes';
import { readStaticCheck, type CheckView } from './static-check';

interface Result {
  correct: boolean;
  message: string;
  explanation?: string;
}

/**
 * One check, answerable: a radio group or a number field in a fieldset whose
 * legend is the question, graded by the server, the result and its
 * explanation announced in a live region. A passed check whose catalog
 * figures have changed asks again with today's figures (a review).
 */
export function CheckCard({
  element,
  lessonId,
  lessonCheckIds,
}: {
  element: HTMLElement;
  lessonId: string;
  lessonCheckIds: string[];
}) {
  const t = useTranslations('Checks');
  // The card sits in the lesson's Korean article; its own words are in the page's language.
  const lang = useLocale();
  const { account, isDone, reviews, refresh } = useProgress();
  const id = element.dataset.check ?? '';
  const uid = useId();
  const [pageView] = useState<CheckView>(() => readStaticCheck(element));
  const [todayView, setTodayView] = useState<CheckView | null>(null);
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const review = reviews.find((candidate) => candidate.check === id);
  const passed = isDone({ kind: 'check-passed', subject: id });

  // The interactive check takes the static question's place (it stays for readers without script).
  useLayoutEffect(() => {
    const staticPart = element.querySelector<HTMLElement>('[data-check-static]');
    if (staticPart) staticPart.hidden = true;
    return () => {
      if (staticPart) staticPart.hidden = false;
    };
  }, [element]);

  // A review asks the question with today's figures, which the prerendered page may not have.
  useEffect(() => {
    if (!review || todayView) return;
    let current = true;
    void currentCheckAction(id).then((view) => {
      if (current && view) setTodayView(view);
    });
    return () => {
      current = false;
    };
  }, [review, todayView, id]);

  const view = review && todayView ? todayView : pageView;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!answer.trim()) {
      setResult({ correct: false, message: t('chooseOne') });
      return;
    }
    setBusy(true);
    try {
      const outcome = await answerCheckAction({ check: id, answer, day: view.day });
      if (!outcome.ok) {
        setResult({
          correct: false,
          message: outcome.status === 429 ? t('rateLimited') : t('failed'),
        });
        return;
      }
      let completed = outcome.lessonCompleted;
      if (account?.signedIn) await refresh();
      else {
        // A visitor's answer stays in this browser; the server grades it again at sign-in.
        recordLocalAnswer(id, answer, view.day, outcome.correct);
        if (outcome.correct) {
          recordLocalEvent({ kind: 'check-passed', subject: id });
          const all = lessonCheckIds.every(
            (other) => other === id || isDone({ kind: 'check-passed', subject: other }),
          );
          if (all && !isDone({ kind: 'lesson-completed', subject: lessonId })) {
            recordLocalEvent({ kind: 'lesson-completed', subject: lessonId });
            completed = true;
          }
        }
      }
      const xp = account?.signedIn
        ? outcome.xp
        : outcome.correct && !passed
          ? XP_PER_EVENT['check-passed']
          : 0;
      const message = !outcome.correct
        ? t('wrong')
        : outcome.reviewed && xp > 0
          ? t('reviewedXp', { xp })
          : xp > 0
            ? t('rightXp', { xp })
            : t('right');
      setResult({
        correct: outcome.correct,
        message: completed && outcome.correct ? `${message} ${t('lessonCompleted')}` : message,
        explanation: outcome.explanation,
      });
      if (outcome.correct && review) setTodayView(null);
    } catch {
      setResult({ correct: false, message: t('failed') });
    } finally {
      setBusy(false);
    }
  }

  const legendId = `${uid}-legend`;
  return (
    <form onSubmit={submit} data-check-form="" noValidate>
      <fieldset>
        <legend id={legendId} className="font-medium">
          <span
            lang={lang}
            className="block text-sm font-semibold text-brand-700 dark:text-brand-300"
          >
            {t('label')}
            {passed && !review && (
              <span className="ml-2 text-emerald-700 dark:text-emerald-400">✓ {t('passed')}</span>
            )}
          </span>
          {view.question}
        </legend>
        {review && (
          <div
            lang={lang}
            className="mt-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-900/30 dark:text-amber-100"
          >
            <p>{t('changedCheck')}</p>
            <FigureChanges changes={review.changes} />
          </div>
        )}
        {view.choices ? (
          <div className="mt-2 space-y-1">
            {view.choices.map((choice) => (
              <label key={choice.id} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`${uid}-answer`}
                  value={choice.id}
                  checked={answer === choice.id}
                  onChange={() => setAnswer(choice.id)}
                />
                {choice.text}
              </label>
            ))}
          </div>
        ) : (
          <label className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <span lang={lang}>{t('answer', { unit: view.unit ?? '' })}</span>
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              maxLength={40}
              value={answer}
              onChange={(event) => setAnswer(event.target.value)}
              className="w-40 rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
        )}
      </fieldset>
      <button
        type="submit"
        lang={lang}
        disabled={busy}
        className="mt-3 rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {busy ? t('checking') : t('submit')}
      </button>
      <div role="status" aria-live="polite" className="mt-2 text-sm">
        {result && (
          <>
            <p
              lang={lang}
              className={
                result.correct
                  ? 'font-semibold text-emerald-700 dark:text-emerald-400'
                  : 'font-semibold text-amber-800 dark:text-amber-300'
              }
            >
              {result.message}
            </p>
            {result.explanation && <p className="mt-1">{result.explanation}</p>}
          </>
        )}
      </div>
    </form>
  );
}
