'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { PromptForm } from './prompt-form';

// The exercise runs the router on 100 prompts in the browser: its code loads after first paint.
const ExercisePanel = lazy(() =>
  import('./exercise-panel').then((module) => ({ default: module.ExercisePanel })),
);
// The router lab is its own chunk, fetched when its tab is first opened.
const RouterLabPanel = lazy(() => import('./router-lab/lab-panel'));

const TABS = ['single', 'exercise', 'lab'] as const;
type Tab = (typeof TABS)[number];

/** `#router-lab` (the lesson's link) and `#lab=...` (a shared router) open the lab. */
const opensLab = (hash: string) => hash === '#router-lab' || hash.startsWith('#lab=');

/**
 * The playground's modes. The first two stay mounted, so switching keeps what
 * the learner typed; the lab mounts when first opened and then stays.
 */
export function PlaygroundTabs() {
  const t = useTranslations('Playground');
  const [active, setActive] = useState<Tab>('single');
  const [labOpened, setLabOpened] = useState(false);
  const id = useId();
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({
    single: null,
    exercise: null,
    lab: null,
  });

  function select(tab: Tab) {
    setActive(tab);
    if (tab === 'lab') setLabOpened(true);
  }

  useEffect(() => {
    const follow = () => {
      if (opensLab(window.location.hash)) select('lab');
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    const index = TABS.indexOf(active);
    let next: Tab | undefined;
    if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(index + TABS.length - 1) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    select(next);
    refs.current[next]?.focus();
  }

  const label = (tab: Tab) =>
    tab === 'single' ? t('tabSingle') : tab === 'exercise' ? t('tabExercise') : t('tabLab');
  return (
    <div>
      <div
        role="tablist"
        aria-label={t('tabsLabel')}
        onKeyDown={onKeyDown}
        className="mb-6 flex flex-wrap gap-2 border-b border-zinc-200 dark:border-zinc-800"
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
            onClick={() => select(tab)}
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
          ) : tab === 'exercise' ? (
            <Suspense fallback={null}>
              <ExercisePanel />
            </Suspense>
          ) : (
            labOpened && (
              <Suspense fallback={<p aria-busy="true">{t('labLoading')}</p>}>
                <RouterLabPanel />
              </Suspense>
            )
          )}
        </div>
      ))}
    </div>
  );
}
