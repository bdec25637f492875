import type { ReactNode } from 'react';

/**
 * What went wrong, in the site's one error look. `announce` says it aloud as
 * soon as it appears (for errors that come after a submit); `id` lets the
 * control it belongs to point at it with aria-describedby.
 */
export function ErrorText({
  id,
  announce = false,
  className,
  children,
}: {
  id?: string;
  announce?: boolean;
  /** Spacing around the line (e.g. "mt-1"). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <p
      id={id}
      role={announce ? 'alert' : undefined}
      className={[className, 'text-sm font-medium text-red-700 dark:text-red-400']
        .filter(Boolean)
        .join(' ')}
    >
      {children}
    </p>
  );
}
