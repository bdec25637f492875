'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { requestMagicLink, type SignInState } from '@/app/[locale]/signin/actions';
import { primaryButton } from '@/components/ui/button-styles';
import { ErrorText } from '@/components/ui/error-text';
import { Field } from '@/components/ui/field';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('Account');
  const [state, action, pending] = useActionState<SignInState, FormData>(requestMagicLink, {
    status: 'idle',
  });
  const id = useId();
  const invalid = state.status === 'invalid';
  const limited = state.status === 'rate_limited';
  const failed = state.status === 'failed';
  const format = useFormatter();
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id={`${id}-email`} label={t('email')} error={invalid ? t('emailInvalid') : undefined}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={invalid || limited || failed ? state.email : ''}
            placeholder={t('emailPlaceholder')}
            className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          />
        )}
      </Field>
      {limited && (
        <ErrorText announce>
          {t('tooManyLinks', {
            reset: format.dateTime(new Date(state.resetAt), { timeStyle: 'short' }),
          })}
        </ErrorText>
      )}
      {failed && <ErrorText announce>{t('linkNotSent')}</ErrorText>}
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {pending ? t('sending') : t('sendLink')}
      </button>
    </form>
  );
}
