'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { catalog, findModel, isRetired } from '@/lib/router/catalog';
import type { Tier } from '@/lib/router/types';

const noop = () => () => {};

/**
 * Says when a model this lesson teaches is retiring or retired. It runs in the
 * browser against today's date, so a page prerendered months ago still tells
 * the truth about the catalog it was built with.
 */
export function ModelStatusNote({ tiers }: { tiers: Tier[] }) {
  const t = useTranslations('Lesson');
  const now = useSyncExternalStore(
    noop,
    () => Math.floor(Date.now() / 86_400_000),
    () => null,
  );
  if (now === null) return null;
  const today = new Date(now * 86_400_000);
  const notes = tiers.flatMap((tier) => {
    const model = findModel(catalog, catalog.tiers[tier]);
    if (!model?.retiresOn || !model.successor) return [];
    const values = { model: model.id, date: model.retiresOn, successor: model.successor };
    return [isRetired(model, today) ? t('retiredModel', values) : t('retiringModel', values)];
  });
  if (notes.length === 0) return null;
  return (
    <div
      role="note"
      className="mt-4 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
    >
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}
