'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { catalog, findModel, isRetired, shutdownDay } from '@/lib/router/catalog';

const noop = () => () => {};

/**
 * Says when a model this lesson names is shut down or scheduled to be, what
 * replaced it and what Google now answers with. It runs in the browser against
 * today's date, so a page prerendered months ago still tells the truth.
 */
export function ModelStatusNote({ models }: { models: string[] }) {
  const t = useTranslations('Lesson');
  const now = useSyncExternalStore(
    noop,
    () => Math.floor(Date.now() / 86_400_000),
    () => null,
  );
  if (now === null) return null;
  const today = new Date(now * 86_400_000);
  const notes = models.flatMap((id) => {
    const model = findModel(catalog, id);
    const on = model ? shutdownDay(model) : null;
    if (!model || on === null) return [];
    const successor = model.successor ?? '—';
    if (!isRetired(model, today)) {
      // Only shutdowns within the next 90 days are news.
      if (Date.parse(`${on}T00:00:00Z`) - today.getTime() > 90 * 86_400_000) return [];
      return [t('retiringModel', { model: model.id, date: on, successor })];
    }
    const rerouted = model.reroute && model.reroute.from <= today.toISOString().slice(0, 10);
    return [
      rerouted
        ? t('reroutedModel', { model: model.id, date: on, successor, rerouted: model.reroute!.to })
        : t('retiredModel', { model: model.id, date: on, successor }),
    ];
  });
  if (notes.length === 0) return null;
  return (
    <div
      role="note"
      data-testid="model-status-note"
      className="mt-4 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
    >
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}
