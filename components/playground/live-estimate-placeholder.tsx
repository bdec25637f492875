'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** Where the live estimate shows, in the same box before and after its code has loaded. */
export function LiveEstimateBox({ children }: { children: ReactNode }) {
  return (
    <p
      data-testid="live-estimate"
      className="mt-2 rounded-lg bg-zinc-100 px-3 py-2 text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"
    >
      {children}
    </p>
  );
}

/** Until the router has loaded: the empty estimate's words. */
export function LiveEstimatePlaceholder() {
  const t = useTranslations('Playground');
  return <LiveEstimateBox>{t('liveEmpty')}</LiveEstimateBox>;
}
