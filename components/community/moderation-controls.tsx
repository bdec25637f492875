'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { useRouter } from '@/i18n/navigation';
import { callApi } from '@/lib/community/api-client';

/** Hide or restore a comment from the moderation page. */
export function CommentModerationButton({
  commentId,
  hidden,
}: {
  commentId: string;
  hidden: boolean;
}) {
  const t = useTranslations('Comments');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callApi('POST', `/api/comments/${commentId}/moderation`, {
              action: hidden ? 'restore' : 'hide',
            });
            setError(result.ok ? null : result.error.message);
            router.refresh();
          })
        }
        className="rounded-lg border border-zinc-300 px-3 py-1 text-sm dark:border-zinc-700"
      >
        {hidden ? t('restore') : t('hide')}
      </button>
      {error && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {error}
        </span>
      )}
    </>
  );
}

/** Moves a problem report through new, in progress and done. */
export function ProblemStatusSelect({ reportId, status }: { reportId: string; status: string }) {
  const t = useTranslations('Moderation');
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(status);
  return (
    <span className="inline-flex items-center gap-2">
      <label htmlFor={id} className="text-sm">
        {t('status')}
      </label>
      <select
        id={id}
        value={value}
        onChange={async (event) => {
          const next = event.target.value;
          setValue(next);
          const result = await callApi('PATCH', `/api/problem-reports/${reportId}`, {
            status: next,
          });
          if (!result.ok) setValue(status);
          router.refresh();
        }}
        className="rounded-lg border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {(['new', 'in-progress', 'done'] as const).map((option) => (
          <option key={option} value={option}>
            {t(`statuses.${option}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
