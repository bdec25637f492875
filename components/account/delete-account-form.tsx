'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { deleteAccountAction, type DeleteState } from '@/app/[locale]/profile/actions';
import { dangerButton } from '@/components/ui/button-styles';
import { ErrorText } from '@/components/ui/error-text';

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
        <ErrorText id={`${id}-error`} announce>
          {t('deleteNeedsConfirm')}
        </ErrorText>
      )}
      <button type="submit" disabled={pending} className={dangerButton}>
        {t('deleteButton')}
      </button>
    </form>
  );
}
