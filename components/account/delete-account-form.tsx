'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { deleteAccountAction, type DeleteState } from '@/app/[locale]/profile/actions';

export function DeleteAccountForm() {
  const t = useTranslations('Account');
  const [state, action, pending] = useActionState<DeleteState, FormData>(deleteAccountAction, {
    status: 'idle',
  });
  const id = useId();
  return (
    <form action={action} className="mt-3 space-y-3">
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          className="mt-1 size-4"
          aria-describedby={state.status === 'needs-confirm' ? `${id}-error` : undefined}
        />
        {t('deleteConfirm')}
      </label>
      {state.status === 'needs-confirm' && (
        <p
          id={`${id}-error`}
          role="alert"
          className="text-sm font-medium text-red-700 dark:text-red-400"
        >
          {t('deleteNeedsConfirm')}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {t('deleteButton')}
      </button>
    </form>
  );
}
