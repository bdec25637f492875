'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

/** Switches light/dark and remembers the choice; the first paint reads it in THEME_SCRIPT. */
export function ThemeToggle() {
  const t = useTranslations('Theme');
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  function toggle() {
    const next = !isDark();
    document.documentElement.classList.toggle('dark', next);
    try {
      localStorage.setItem('stream-theme', next ? 'dark' : 'light');
    } catch {
      // Private windows may refuse storage; the toggle still works for this page.
    }
  }
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      aria-label={t('toggle')}
      className="rounded-lg p-2 text-lg hover:bg-zinc-100 dark:hover:bg-zinc-800"
    >
      <span aria-hidden="true">{dark ? '🌙' : '☀️'}</span>
    </button>
  );
}

/** Runs before first paint so a dark-mode reader never sees a white flash. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('stream-theme');if(t==='dark'||(!t&&matchMedia('(prefers-color-scheme: dark)').matches))document.documentElement.classList.add('dark')}catch(e){}`;
