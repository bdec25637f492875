'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { validateRouteForm, type RouteFormValues } from '@/lib/playground/route-form';
import { formatUsd } from '@/lib/router/cost';
import { routePrompt } from '@/lib/router/route';
import { LiveEstimateBox } from './live-estimate-placeholder';

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
    <LiveEstimateBox>
      {estimate
        ? t('live', {
            tokens: estimate.inputTokens.toLocaleString(),
            model: estimate.model,
            cost: formatUsd(estimate.costUsd.picked),
          })
        : t('liveEmpty')}
    </LiveEstimateBox>
  );
}
