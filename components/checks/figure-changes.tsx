'use client';

import { useTranslations } from 'next-intl';
import type { BasisChange } from '@/lib/checks/review';

const TIER_NAMES: Record<string, string> = {
  'flash-lite': 'Flash-Lite',
  flash: 'Flash',
  pro: 'Pro',
};
const FIGURES = new Set(['model', 'input', 'output', 'cachedInput', 'batch']);

/** "Flash input price: $0.30 → $0.35", one line per catalog figure that moved. */
export function FigureChanges({ changes }: { changes: readonly BasisChange[] }) {
  const t = useTranslations('Checks');
  const unique = [...new Map(changes.map((change) => [change.key, change])).values()];
  return (
    <ul className="mt-1 list-disc pl-5 text-sm">
      {unique.map((change) => {
        const [tier = '', field = ''] = change.key.split(':');
        const figure = FIGURES.has(field)
          ? t(`figure.${field as 'model'}`, { tier: TIER_NAMES[tier] ?? tier })
          : change.key;
        return (
          <li key={change.key}>
            {t('change', {
              figure,
              before: change.before ?? t('none'),
              after: change.after ?? t('none'),
            })}
          </li>
        );
      })}
    </ul>
  );
}
