import type { ReactNode } from 'react';

// Full class strings on purpose: Tailwind finds classes by reading the source.
const TONE = {
  /** Headed content on the page itself. */
  plain: '',
  /** A panel: the decision, the answer, progress. */
  card: 'rounded-2xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900',
  /** Something to do: the lesson's exercise. */
  brand:
    'rounded-2xl border border-brand-300 bg-brand-50 p-5 dark:border-brand-700 dark:bg-brand-700/15',
  /** Something that cannot be undone. */
  danger: 'rounded-2xl border border-red-300 p-5 dark:border-red-900',
  /** A part of the page below a rule: comments. */
  divided: 'border-t border-zinc-200 pt-8 dark:border-zinc-800',
} as const;

const HEADING_TONE: Record<keyof typeof TONE, string> = {
  plain: '',
  card: '',
  brand: 'text-zinc-900 dark:text-zinc-50',
  danger: 'text-red-800 dark:text-red-300',
  divided: '',
};

const HEADING_SIZE = { lg: 'text-lg font-bold', xl: 'text-xl font-bold' } as const;

/**
 * A titled part of a page: a <section> named by its own <h2> (so screen
 * readers list it as a region), in one of the site's few looks. `id` is the
 * heading's id, which the table of contents and links may point at.
 */
export function Section({
  id,
  title,
  tone = 'plain',
  size = 'xl',
  actions,
  className = '',
  headingClassName = '',
  children,
}: {
  id: string;
  title: ReactNode;
  tone?: keyof typeof TONE;
  size?: keyof typeof HEADING_SIZE;
  /** Controls shown beside the heading (e.g. follow, sort order). */
  actions?: ReactNode;
  className?: string;
  headingClassName?: string;
  children?: ReactNode;
}) {
  const heading = (
    <h2
      id={id}
      className={[HEADING_SIZE[size], HEADING_TONE[tone], headingClassName]
        .filter(Boolean)
        .join(' ')}
    >
      {title}
    </h2>
  );
  return (
    <section
      aria-labelledby={id}
      className={[TONE[tone], className].filter(Boolean).join(' ') || undefined}
    >
      {actions ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
