'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { COMMENT_MAX_CHARS } from '@/lib/community/limits';
import { primaryButton } from '@/components/ui/button-styles';
import { Field } from '@/components/ui/field';

/** Writing, replying and editing share this form; the server validates again. */
export function CommentForm({
  label,
  submitLabel,
  initial = '',
  onSubmit,
  onCancel,
  autoFocus,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (body: string) => Promise<string | null>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const t = useTranslations('Comments');
  const id = useId();
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = body.trim();
    if (!trimmed) return setError(t('errors.empty'));
    if (trimmed.length > COMMENT_MAX_CHARS)
      return setError(t('errors.too_long', { max: COMMENT_MAX_CHARS }));
    setPending(true);
    const problem = await onSubmit(trimmed);
    setPending(false);
    setError(problem);
    // Keep what was typed when the server refused it.
    if (!problem && !initial) setBody('');
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <Field
        id={`${id}-body`}
        size="sm"
        label={label}
        help={t('bodyHelp', { max: COMMENT_MAX_CHARS.toLocaleString() })}
        error={error ?? undefined}
        announceError
      >
        {(control) => (
          <textarea
            {...control}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            rows={3}
            autoFocus={autoFocus}
            className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          />
        )}
      </Field>
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className={`${primaryButton} text-sm`}>
          {pending ? t('posting') : submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            onClick={onCancel}
            className="rounded-lg px-3 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
          >
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
