'use client';

import { useTranslations } from 'next-intl';
import type { Decision } from '@/lib/router/types';

/**
 * A decision's reasons in the page's language, from their codes; the
 * English sentences of the API are the fallback for a decision without codes.
 */
export function ReasonList({
  decision,
  className,
}: {
  decision: Pick<Decision, 'reasons' | 'reasonCodes'>;
  className: string;
}) {
  const t = useTranslations('Reasons');
  if (!decision.reasonCodes?.length)
    return (
      <ul className={className} lang="en">
        {decision.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    );
  return (
    <ul className={className}>
      {decision.reasonCodes.map((reason, index) => (
        <li key={`${reason.code}-${index}`}>{t(reason.code, reason.params)}</li>
      ))}
    </ul>
  );
}
