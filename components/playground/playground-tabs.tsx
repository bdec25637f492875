'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import { PromptForm } from './prompt-form';

// The exercise runs the router on 100 prompts in the browser: its code loads after first paint.
const ExercisePanel = lazy(() =>
  import('./exercise-panel').then((module) => ({ default: module.ExercisePanel })),
);

const TABS = ['single', 'exercise'] as const;
type Tab = (typeof TABS)[number];

/** The playground's two modes. Both stay mounted, so switching keeps what the learner typed. */
export function PlaygroundTabs() {
  const t = useTranslations('Playground');
  const [active, setActive] = useState<Tab>('single');
  const id = useId();
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ single: null, exercise: null });

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = active === 'single' ? 'exercise' : 'single';
    setActive(next);
    refs.current[next]?.focus();
  }

  const label = (tab: Tab) => (tab === 'single' ? t('tabSingle') : t('tabExercise'));
  return (
    <div>
      <div
        role="tablist"
        aria-label={t('tabsLabel')}
        onKeyDown={onKeyDown}
        className="mb-6 flex gap-2 border-b border-zinc-200 dark:border-zinc-800"
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              refs.current[tab] = element;
            }}
            id={`${id}-${tab}-tab`}
            type="button"
            role="tab"
            aria-selected={active === tab}
            aria-controls={`${id}-${tab}-panel`}
            tabIndex={active === tab ? 0 : -1}
            onClick={() => setActive(tab)}
            className="-mb-px border-b-2 border-transparent px-3 py-2 font-medium text-zinc-600 aria-selected:border-brand-600 aria-selected:text-zinc-900 dark:text-zinc-400 dark:aria-selected:text-zinc-50"
          >
            {label(tab)}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          id={`${id}-${tab}-panel`}
          role="tabpanel"
          aria-labelledby={`${id}-${tab}-tab`}
          hidden={active !== tab}
        >
          {tab === 'single' ? (
            <PromptForm />
          ) : (
            <Suspense fallback={null}>
              <ExercisePanel />
            </Suspense>
          )}
        </div>
      ))}
    </div>
  );
}
