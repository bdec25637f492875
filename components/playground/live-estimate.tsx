'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { validateRouteForm, type RouteFormValues } from '@/lib/playground/route-form';
import { formatUsd } from '@/lib/router/cost';
import { routePrompt } from '@/lib/router/route';

/**
 * Tokens and cost estimated in the browser as the learner types, by the same
 * pure router the server uses (no key or secret is involved).
 */
export function LiveEstimate({ values }: { values: RouteFormValues }) {
  const t = useTranslations('Playground');
  const estimate = useMemo(() => {
    if (values.prompt.trim() === '') return null;
    const checked = validateRouteForm(values);
    return checked.ok ? routePrompt(checked.request) : null;
  }, [values]);
  return (
    <p
      data-testid="live-estimate"
      className="mt-2 rounded-lg bg-zinc-100 px-3 py-2 text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"
    >
      {estimate
        ? t('live', {
            tokens: estimate.inputTokens.toLocaleString(),
            model: estimate.model,
            cost: formatUsd(estimate.costUsd.picked),
          })
        : t('liveEmpty')}
    </p>
  );
}
