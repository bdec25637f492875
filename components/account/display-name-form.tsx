'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { updateNameAction, type NameState } from '@/app/[locale]/profile/actions';
import { primaryButton } from '@/components/ui/button-styles';

export function DisplayNameForm({ current }: { current: string | null }) {
  const t = useTranslations('Account');
  const [state, action, pending] = useActionState<NameState, FormData>(updateNameAction, {
    status: 'idle',
  });
  const id = useId();
  const invalid = state.status === 'invalid';
  return (
    <form action={action} noValidate className="mt-3 flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={`${id}-name`} className="mb-1 block text-sm font-semibold">
          {t('displayName')}
        </label>
        <input
          id={`${id}-name`}
          name="name"
          defaultValue={invalid ? state.name : (current ?? '')}
          maxLength={60}
          aria-invalid={invalid}
          aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
          className="rounded-lg border border-zinc-300 bg-white px-3 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {t('saveName')}
      </button>
      <p id={`${id}-help`} className="w-full text-xs text-zinc-600 dark:text-zinc-400">
        {t('displayNameHelp')}
      </p>
      {invalid && (
        <p
          id={`${id}-error`}
          role="alert"
          className="w-full text-sm font-medium text-red-700 dark:text-red-400"
        >
          {t('displayNameInvalid')}
        </p>
      )}
      {state.status === 'saved' && (
        <p role="status" className="w-full text-sm text-emerald-700 dark:text-emerald-400">
          {t('nameSaved')}
        </p>
      )}
    </form>
  );
}
