'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Role } from '@/lib/auth/roles';
import { useState } from 'react';
import type { CommentView } from '@/lib/community/views';
import { ErrorText } from '@/components/ui/error-text';
import { CommentForm } from './comment-form';
import { MarkdownLite } from './markdown-lite';

export interface CommentActions {
  reply: (parentId: string, body: string) => Promise<string | null>;
  edit: (id: string, body: string) => Promise<string | null>;
  remove: (id: string) => Promise<string | null>;
  report: (id: string, reason: string) => Promise<string | null>;
  moderate: (id: string, action: 'hide' | 'restore') => Promise<string | null>;
}

type Mode = 'view' | 'reply' | 'edit' | 'report' | 'reported';

/** One comment with what this viewer may do to it; replies nest one level. */
export function CommentItem({
  comment,
  viewer,
  actions,
}: {
  comment: CommentView;
  viewer: { signedIn: boolean; role?: Role };
  actions: CommentActions;
}) {
  const t = useTranslations('Comments');
  const format = useFormatter();
  const [mode, setMode] = useState<Mode>('view');
  const [error, setError] = useState<string | null>(null);
  const headingId = `comment-${comment.id}-author`;
  const moderator = viewer.role === 'moderator';
  const link =
    'text-xs font-medium text-zinc-600 hover:text-brand-600 dark:text-zinc-400 dark:hover:text-brand-300';

  const run = async (action: () => Promise<string | null>) => {
    setError(await action());
  };

  return (
    <li>
      <article
        id={`comment-${comment.id}`}
        aria-labelledby={headingId}
        className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <h3 id={headingId} className="font-semibold">
            {comment.authorName}
            {comment.mine && (
              <span className="ml-1 font-normal text-zinc-600 dark:text-zinc-400">
                ({t('you')})
              </span>
            )}
          </h3>
          <time dateTime={comment.createdAt} className="text-xs text-zinc-600 dark:text-zinc-400">
            {format.dateTime(new Date(comment.createdAt), {
              dateStyle: 'medium',
              timeStyle: 'short',
            })}
          </time>
          {comment.editedAt && !comment.deleted && (
            <span className="text-xs text-zinc-600 dark:text-zinc-400">· {t('edited')}</span>
          )}
          {comment.hidden && (
            <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">
              {t('hiddenForModerator')}
            </span>
          )}
        </header>

        {comment.hidden && comment.mine && (
          <p
            role="note"
            className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950/40"
          >
            {t('hiddenForAuthor')}
          </p>
        )}

        <div className="mt-2 text-[0.95rem]" data-comment-body="">
          {comment.deleted ? (
            <p className="text-zinc-600 italic dark:text-zinc-400">{t('deleted')}</p>
          ) : mode === 'edit' ? (
            <CommentForm
              label={t('editLabel')}
              submitLabel={t('save')}
              initial={comment.body}
              autoFocus
              onCancel={() => setMode('view')}
              onSubmit={async (body) => {
                const problem = await actions.edit(comment.id, body);
                if (!problem) setMode('view');
                return problem;
              }}
            />
          ) : (
            <MarkdownLite source={comment.body} />
          )}
        </div>

        {!comment.deleted && mode !== 'edit' && viewer.signedIn && (
          <div className="mt-3 flex flex-wrap gap-3">
            {!comment.parentId && (
              <button
                type="button"
                className={link}
                onClick={() => setMode(mode === 'reply' ? 'view' : 'reply')}
                aria-expanded={mode === 'reply'}
              >
                {t('reply')}
              </button>
            )}
            {comment.mine && (
              <>
                <button type="button" className={link} onClick={() => setMode('edit')}>
                  {t('edit')}
                </button>
                <button
                  type="button"
                  className={link}
                  onClick={() => {
                    if (window.confirm(t('deleteConfirm')))
                      void run(() => actions.remove(comment.id));
                  }}
                >
                  {t('delete')}
                </button>
              </>
            )}
            {!comment.mine && mode !== 'reported' && (
              <button
                type="button"
                className={link}
                onClick={() => setMode(mode === 'report' ? 'view' : 'report')}
                aria-expanded={mode === 'report'}
              >
                {t('report')}
              </button>
            )}
            {moderator && (
              <button
                type="button"
                className={link}
                onClick={() =>
                  void run(() => actions.moderate(comment.id, comment.hidden ? 'restore' : 'hide'))
                }
              >
                {comment.hidden ? t('restore') : t('hide')}
              </button>
            )}
          </div>
        )}

        {error && (
          <ErrorText announce className="mt-2">
            {error}
          </ErrorText>
        )}
        {mode === 'reported' && (
          <p role="status" className="mt-2 text-sm text-emerald-700 dark:text-emerald-400">
            {t('reported')}
          </p>
        )}

        {mode === 'reply' && (
          <div className="mt-3">
            <CommentForm
              label={t('replyLabel', { name: comment.authorName })}
              submitLabel={t('postReply')}
              autoFocus
              onCancel={() => setMode('view')}
              onSubmit={async (body) => {
                const problem = await actions.reply(comment.id, body);
                if (!problem) setMode('view');
                return problem;
              }}
            />
          </div>
        )}
        {mode === 'report' && (
          <div className="mt-3">
            <CommentForm
              label={t('reportReason')}
              submitLabel={t('reportSend')}
              autoFocus
              onCancel={() => setMode('view')}
              onSubmit={async (reason) => {
                const problem = await actions.report(comment.id, reason);
                if (!problem) setMode('reported');
                return problem;
              }}
            />
          </div>
        )}
      </article>

      {comment.replies.length > 0 && (
        <ol className="mt-3 ml-4 space-y-3 border-l-2 border-zinc-200 pl-4 sm:ml-8 dark:border-zinc-800">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} viewer={viewer} actions={actions} />
          ))}
        </ol>
      )}
    </li>
  );
}
