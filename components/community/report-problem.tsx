'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { usePathname } from '@/i18n/navigation';
import { callApi } from '@/lib/community/api-client';
import { CONTACT_MAX_CHARS, PROBLEM_KINDS, REPORT_MAX_CHARS } from '@/lib/community/limits';
import { primaryButton } from '@/components/ui/button-styles';
import { ErrorText } from '@/components/ui/error-text';
import { Field } from '@/components/ui/field';

type Field = 'kind' | 'message' | 'contact';

/** "Found a bug? Report a problem": a short form that works signed out too. */
export function ReportProblem({ lessonId }: { lessonId?: string }) {
  const t = useTranslations('Report');
  const format = useFormatter();
  const pathname = usePathname();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<string>('');
  const [message, setMessage] = useState('');
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!kind) found.kind = t('errors.kind');
    if (!message.trim() || message.trim().length > REPORT_MAX_CHARS)
      found.message = t('errors.message', { max: REPORT_MAX_CHARS });
    if (contact.trim().length > CONTACT_MAX_CHARS)
      found.contact = t('errors.contact', { max: CONTACT_MAX_CHARS });
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length) return;
    setPending(true);
    const result = await callApi('POST', '/api/problem-reports', {
      kind,
      message,
      ...(contact.trim() ? { contact } : {}),
      pageUrl: pathname,
      ...(lessonId ? { lessonId } : {}),
    });
    setPending(false);
    if (result.ok) {
      setSent(true);
      setMessage('');
      setContact('');
      setKind('');
      return;
    }
    const { code, field, message: problem, resetAt } = result.error;
    if (code === 'rate_limited')
      setGeneral(
        t('errors.rate_limited', {
          reset: resetAt ? format.dateTime(new Date(resetAt), { timeStyle: 'short' }) : '',
        }),
      );
    else if (field === 'kind' || field === 'message' || field === 'contact')
      setErrors({ [field]: problem });
    else setGeneral(t('errors.generic', { message: problem }));
  }

  const fieldError = (field: Field) =>
    errors[field] ? (
      <ErrorText id={`${id}-${field}-error`} className="mt-1">
        {errors[field]}
      </ErrorText>
    ) : null;
  const input =
    'w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900';

  return (
    <div id="report" className="mt-8 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400">
        {t('prompt')}{' '}
        <button
          type="button"
          onClick={() => {
            setOpen(!open);
            setSent(false);
          }}
          aria-expanded={open}
          aria-controls={`${id}-form`}
          className="font-medium text-brand-600 underline underline-offset-2 dark:text-brand-300"
        >
          {t('link')}
        </button>
      </p>
      {open && (
        <div
          id={`${id}-form`}
          className="mt-3 rounded-2xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
        >
          {sent ? (
            <p role="status" className="font-medium text-emerald-700 dark:text-emerald-400">
              {t('thanks')}
            </p>
          ) : (
            <form onSubmit={submit} noValidate aria-label={t('title')} className="space-y-4">
              <fieldset aria-describedby={errors.kind ? `${id}-kind-error` : undefined}>
                <legend className="font-semibold">{t('kind')}</legend>
                <div className="mt-2 flex flex-wrap gap-4">
                  {PROBLEM_KINDS.map((value) => (
                    <label key={value} className="flex items-center gap-1.5">
                      <input
                        type="radio"
                        name={`${id}-kind`}
                        value={value}
                        checked={kind === value}
                        onChange={() => setKind(value)}
                        className="size-4"
                      />
                      {t(`kinds.${value}`)}
                    </label>
                  ))}
                </div>
                {fieldError('kind')}
              </fieldset>
              <Field
                id={`${id}-message`}
                label={t('message')}
                help={t('messageHelp', { max: REPORT_MAX_CHARS.toLocaleString() })}
                error={errors.message}
              >
                {(control) => (
                  <textarea
                    {...control}
                    rows={4}
                    value={message}
                    onChange={(event) => setMessage(event.target.value)}
                    className={input}
                  />
                )}
              </Field>
              <Field
                id={`${id}-contact`}
                label={t('contact')}
                help={t('contactHelp')}
                error={errors.contact}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    autoComplete="email"
                    value={contact}
                    onChange={(event) => setContact(event.target.value)}
                    className={input}
                  />
                )}
              </Field>
              {general && <ErrorText announce>{general}</ErrorText>}
              <button type="submit" disabled={pending} className={primaryButton}>
                {pending ? t('sending') : t('send')}
              </button>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
