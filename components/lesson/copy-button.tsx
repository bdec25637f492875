'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the code of the enclosing code block (read from the page, so it is exactly what is shown). */
export function CopyButton({ title }: { title: string }) {
  const t = useTranslations('Code');
  const [state, setState] = useState<CopyState>('idle');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const resetTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function copy() {
    const code = buttonRef.current?.closest('[data-code-block]')?.querySelector('pre code');
    const text = code instanceof HTMLElement ? code.innerText : '';
    try {
      await navigator.clipboard.writeText(text.replace(/\n$/, ''));
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(resetTimer.current);
    resetTimer.current = setTimeout(() => setState('idle'), 2000);
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        onClick={copy}
        aria-label={t('copyLabel', { title })}
        className="rounded-md px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-200 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        {state === 'copied' ? t('copied') : t('copy')}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </>
  );
}
