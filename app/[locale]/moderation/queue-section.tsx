import type { Key, ReactNode } from 'react';
import { Section } from '@/components/ui/section';

const CARD = 'rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900';

/**
 * One queue of the moderation page: its heading with how many items wait,
 * then a line saying there are none, or one card per item.
 */
export function QueueSection<Item>({
  id,
  title,
  waiting,
  items,
  empty,
  itemKey,
  children,
}: {
  id: string;
  title: string;
  /** How many items still need a moderator (shown beside the title). */
  waiting: number;
  items: readonly Item[];
  /** Shown when the queue has no items. */
  empty: string;
  itemKey: (item: Item) => Key;
  /** One item's card content. */
  children: (item: Item) => ReactNode;
}) {
  return (
    <Section id={id} title={`${title} (${waiting})`}>
      {items.length === 0 ? (
        <p className="mt-3 text-zinc-600 dark:text-zinc-400">{empty}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((item) => (
            <li key={itemKey(item)} className={CARD}>
              {children(item)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
