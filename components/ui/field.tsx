import type { ReactNode } from 'react';
import { ErrorText } from './error-text';

/** What a field's control needs to be named, described and marked invalid. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

// Full class strings on purpose: Tailwind finds classes by reading the source.
const LOOK = {
  md: { label: 'mb-1 block font-semibold', help: 'mt-1 text-sm text-zinc-600 dark:text-zinc-400' },
  sm: {
    label: 'mb-1 block text-sm font-medium',
    help: 'mt-1 text-xs text-zinc-600 dark:text-zinc-400',
  },
} as const;

/**
 * One form field: its label, the control (given ids and ARIA by the render
 * function), a help line and the error, wired together so a screen reader
 * reads the error first, then the help. `id` names the control; the help and
 * the error get `${id}-help` and `${id}-error`.
 */
export function Field({
  id,
  label,
  help,
  error,
  size = 'md',
  announceError = false,
  after,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: ReactNode;
  size?: keyof typeof LOOK;
  /** Say the error aloud as soon as it appears (for errors that come after a submit). */
  announceError?: boolean;
  /** Shown below the field (e.g. a live estimate). */
  after?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const invalid = Boolean(error);
  const describedBy = [invalid ? `${id}-error` : '', help ? `${id}-help` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className={LOOK[size].label}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': invalid,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {help && (
        <p id={`${id}-help`} className={LOOK[size].help}>
          {help}
        </p>
      )}
      {invalid && (
        <ErrorText id={`${id}-error`} announce={announceError} className="mt-1">
          {error}
        </ErrorText>
      )}
      {after}
    </div>
  );
}
