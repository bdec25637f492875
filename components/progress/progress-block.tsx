'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link } from '@/i18n/navigation';
import type { ProgressEvent } from '@/lib/progress/rewards';
import { useProgress } from './progress-provider';
import { Section } from '@/components/ui/section';

/**
 * "Mark complete" for a lesson and its exercise, and where the progress is
 * kept. A lesson with checks is completed by passing them (the server
 * derives it), so it shows how many are passed instead of the button.
 */
export function ProgressBlock({
  lessonId,
  checkIds = [],
}: {
  lessonId: string;
  checkIds?: readonly string[];
}) {
  const t = useTranslations('Progress');
  const tl = useTranslations('Lesson');
  const tc = useTranslations('Checks');
  const { account, isDone, record } = useProgress();
  const [busy, setBusy] = useState(false);

  const lesson: ProgressEvent = { kind: 'lesson-completed', subject: lessonId };
  const exercise: ProgressEvent = { kind: 'exercise-done', subject: lessonId };

  async function mark(event: ProgressEvent) {
    // One request at a time; the server also counts each event once, whatever arrives.
    if (busy) return;
    setBusy(true);
    try {
      await record(event);
    } finally {
      setBusy(false);
    }
  }

  const button = (event: ProgressEvent, label: string, doneLabel: string) => {
    const done = isDone(event);
    return (
      <button
        type="button"
        onClick={() => mark(event)}
        disabled={done || busy || account === null}
        // Done shows solid green; only a button waiting for the server is dimmed.
        className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:cursor-default data-[done=false]:disabled:opacity-60 data-[done=true]:bg-emerald-700 data-[done=true]:hover:bg-emerald-700"
        data-done={done}
      >
        {done ? `✓ ${doneLabel}` : label}
      </button>
    );
  };

  return (
    <Section id="progress" title={tl('progress')} tone="card" className="mt-10">
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {checkIds.length > 0 ? (
          <p
            data-done={isDone(lesson)}
            className="font-semibold data-[done=true]:text-emerald-700 dark:data-[done=true]:text-emerald-400"
          >
            {isDone(lesson)
              ? `✓ ${t('completed')}`
              : tc('progress', {
                  passed: checkIds.filter((id) => isDone({ kind: 'check-passed', subject: id }))
                    .length,
                  total: checkIds.length,
                })}
          </p>
        ) : (
          button(lesson, t('markComplete'), t('completed'))
        )}
        {button(exercise, t('markExercise'), t('exerciseDone'))}
      </div>
      {checkIds.length > 0 && !isDone(lesson) && (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{tc('completeByChecks')}</p>
      )}
      {account?.signedIn ? (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{t('synced')}</p>
      ) : (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
          {t('localOnly')}{' '}
          <Link href="/signin" className="font-medium text-brand-600 underline dark:text-brand-300">
            {t('signIn')}
          </Link>
        </p>
      )}
    </Section>
  );
}
