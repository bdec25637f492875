'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { updateNameAction, type NameState } from '@/app/[locale]/profile/actions';
import { primaryButton } from '@/components/ui/button-styles';
import { Field } from '@/components/ui/field';

export function DisplayNameForm({ current }: { current: string | null }) {
  const t = useTranslations('Account');
  const [state, action, pending] = useActionState<NameState, FormData>(updateNameAction, {
    status: 'idle',
  });
  const id = useId();
  const invalid = state.status === 'invalid';
  return (
    <form action={action} noValidate className="mt-3 space-y-2">
      <Field
        id={`${id}-name`}
        size="sm"
        label={t('displayName')}
        help={t('displayNameHelp')}
        error={invalid ? t('displayNameInvalid') : undefined}
        announceError
      >
        {(control) => (
          // The save button sits beside the name it saves.
          <div className="flex flex-wrap items-end gap-2">
            <input
              {...control}
              name="name"
              defaultValue={invalid ? state.name : (current ?? '')}
              maxLength={60}
              className="rounded-lg border border-zinc-300 bg-white px-3 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
            />
            <button type="submit" disabled={pending} className={primaryButton}>
              {t('saveName')}
            </button>
          </div>
        )}
      </Field>
      {state.status === 'saved' && (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {t('nameSaved')}
        </p>
      )}
    </form>
  );
}
