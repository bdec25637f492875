'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Role } from '@/lib/auth/roles';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import { Section } from '@/components/ui/section';
import { callApi, type ApiResult } from '@/lib/community/api-client';
import type { CommentView, Order } from '@/lib/community/views';
import { useProgress } from '../progress/progress-provider';
import { CommentForm } from './comment-form';
import { CommentItem, type CommentActions } from './comment-item';

interface Thread {
  count: number;
  comments: CommentView[];
  viewer: { signedIn: false } | { signedIn: true; role: Role; following: boolean };
}

/** The lesson's comments: loaded after the static page, so the lesson itself stays prerendered. */
export function CommentsSection({ lessonId }: { lessonId: string }) {
  const t = useTranslations('Comments');
  const format = useFormatter();
  const pathname = usePathname();
  const { account } = useProgress();
  const [order, setOrder] = useState<Order>('newest');
  const [thread, setThread] = useState<Thread | null>(null);
  const [failed, setFailed] = useState(false);
  const orderId = useId();

  const load = useCallback(async () => {
    const result = await callApi<Thread>(
      'GET',
      `/api/comments?lessonId=${encodeURIComponent(lessonId)}&order=${order}`,
    );
    setFailed(!result.ok);
    if (result.ok) setThread(result.data);
  }, [lessonId, order]);

  // Reload when the order changes or someone signs in or out.
  const signedIn = account?.signedIn;
  useEffect(() => {
    // The state is set after the request resolves.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load, signedIn]);

  const explain = useCallback(
    (result: ApiResult<unknown>): string | null => {
      if (result.ok) return null;
      const { code, message, field, limit, resetAt } = result.error;
      if (code === 'rate_limited')
        return t('errors.rate_limited', {
          reset: resetAt ? format.dateTime(new Date(resetAt), { timeStyle: 'short' }) : '',
        });
      if (code === 'forbidden') return t('errors.forbidden');
      if (code === 'unauthenticated') return t('errors.unauthenticated');
      if (field === 'body' && limit !== undefined) return t('errors.too_long', { max: limit });
      return t('errors.generic', { message });
    },
    [t, format],
  );

  const actions = useMemo<CommentActions>(() => {
    const after = async (result: ApiResult<unknown>) => {
      const problem = explain(result);
      if (!problem) await load();
      return problem;
    };
    return {
      reply: async (parentId, body) =>
        after(await callApi('POST', '/api/comments', { lessonId, parentId, body })),
      edit: async (id, body) => after(await callApi('PATCH', `/api/comments/${id}`, { body })),
      remove: async (id) => after(await callApi('DELETE', `/api/comments/${id}`)),
      report: async (id, reason) =>
        explain(await callApi('POST', `/api/comments/${id}/report`, { reason })),
      moderate: async (id, action) =>
        after(await callApi('POST', `/api/comments/${id}/moderation`, { action })),
    };
  }, [explain, lessonId, load]);

  async function toggleFollow(follow: boolean) {
    const result = await callApi('PUT', '/api/follows', { lessonId, follow });
    if (result.ok) await load();
  }

  const viewer = thread?.viewer ?? { signedIn: false as const };
  return (
    <Section
      id="comments"
      title={t('title', { count: thread?.count ?? 0 })}
      tone="divided"
      className="mt-12"
      actions={
        viewer.signedIn ? (
          <button
            type="button"
            aria-pressed={viewer.following}
            onClick={() => toggleFollow(!viewer.following)}
            className="rounded-lg border border-zinc-300 px-3 py-1.5 text-sm dark:border-zinc-700"
          >
            {viewer.following ? t('followOff') : t('followOn')}
          </button>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('follow')}</p>
        )
      }
    >
      <div className="mt-4">
        {viewer.signedIn ? (
          <CommentForm
            label={t('newComment')}
            submitLabel={t('post')}
            onSubmit={async (body) => {
              const result = await callApi('POST', '/api/comments', { lessonId, body });
              const problem = explain(result);
              if (!problem) await load();
              return problem;
            }}
          />
        ) : (
          <p className="rounded-xl bg-zinc-100 px-4 py-3 text-sm dark:bg-zinc-900">
            <Link
              href={{ pathname: '/signin', query: { callbackUrl: pathname } }}
              className="mr-2 font-semibold text-brand-600 underline dark:text-brand-300"
            >
              {t('signIn')}
            </Link>
            {t('signInToComment')}
          </p>
        )}
      </div>

      <div className="mt-6 flex items-center justify-end gap-2 text-sm">
        <label htmlFor={orderId}>{t('order')}</label>
        <select
          id={orderId}
          value={order}
          onChange={(event) => setOrder(event.target.value as Order)}
          className="rounded-lg border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <option value="newest">{t('newest')}</option>
          <option value="oldest">{t('oldest')}</option>
        </select>
      </div>

      {failed && (
        <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-400">
          {t('loadFailed')}{' '}
          <button type="button" onClick={() => void load()} className="underline">
            {t('retry')}
          </button>
        </p>
      )}
      {thread === null && !failed && (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">{t('loading')}</p>
      )}
      {thread && thread.comments.length === 0 && (
        <p className="mt-6 text-center text-zinc-600 dark:text-zinc-400">{t('empty')}</p>
      )}
      {thread && thread.comments.length > 0 && (
        <ol className="mt-4 space-y-4" aria-label={t('title', { count: thread.count })}>
          {thread.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} viewer={viewer} actions={actions} />
          ))}
        </ol>
      )}
    </Section>
  );
}
