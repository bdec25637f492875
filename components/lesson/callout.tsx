import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

const STYLES = {
  note: {
    icon: 'ℹ️',
    className: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40',
  },
  tip: {
    icon: '💡',
    className: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40',
  },
  warning: {
    icon: '⚠️',
    className: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40',
  },
} as const;

type CalloutType = keyof typeof STYLES;

/** A highlighted aside in a lesson: note, tip or warning. */
export function Callout({
  type = 'note',
  title,
  children,
}: {
  type?: CalloutType;
  title?: string;
  children: ReactNode;
}) {
  const t = useTranslations('Callout');
  const style = STYLES[type] ?? STYLES.note;
  const label = title ?? t(type in STYLES ? type : 'note');
  return (
    <aside
      aria-label={label}
      className={`not-prose my-6 rounded-xl border-l-4 px-5 py-4 ${style.className}`}
    >
      <p className="mb-1 font-semibold text-zinc-900 dark:text-zinc-50">
        <span aria-hidden="true">{style.icon} </span>
        {label}
      </p>
      <div className="prose max-w-none text-[0.95rem] prose-zinc dark:prose-invert [&>*:last-child]:mb-0">
        {children}
      </div>
    </aside>
  );
}
