'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import { callApi } from '@/lib/community/api-client';
import type { NotificationView } from '@/lib/community/views';
import { useProgress } from '../progress/progress-provider';

interface Bell {
  unread: number;
  items: NotificationView[];
  emailNotifications: boolean;
}

const POLL_MS = 60_000;

/** The in-app bell: unread count, the latest replies, mark read, e-mail on/off. */
export function NotificationBell() {
  const t = useTranslations('Bell');
  const format = useFormatter();
  const pathname = usePathname();
  const { account } = useProgress();
  const [bell, setBell] = useState<Bell | null>(null);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const signedIn = account?.signedIn === true;

  const load = useCallback(async () => {
    const result = await callApi<Bell>('GET', '/api/notifications');
    setBell(result.ok ? result.data : null);
  }, []);

  useEffect(() => {
    if (!signedIn) return;
    // The state is set after the request resolves.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [signedIn, load, pathname]);

  if (!signedIn || !bell) return null;

  async function markRead(ids: string[] | 'all') {
    await callApi('POST', '/api/notifications/read', ids === 'all' ? { all: true } : { ids });
    await load();
  }

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={
          bell.unread ? `${t('label')}: ${t('unread', { count: bell.unread })}` : t('label')
        }
        onClick={() => setOpen(!open)}
        className="relative rounded-lg p-2 text-lg hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        <span aria-hidden="true">🔔</span>
        {bell.unread > 0 && (
          <span
            aria-hidden="true"
            data-testid="bell-count"
            className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold text-white"
          >
            {bell.unread}
          </span>
        )}
      </button>
      {open && (
        <div
          id={panelId}
          role="region"
          aria-label={t('label')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setOpen(false);
              buttonRef.current?.focus();
            }
          }}
          className="absolute right-0 z-40 mt-2 w-80 max-w-[calc(100vw-2rem)] rounded-2xl border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <div className="flex items-center justify-between gap-2 pb-2">
            <p className="font-semibold">{t('label')}</p>
            {bell.unread > 0 && (
              <button
                type="button"
                onClick={() => void markRead('all')}
                className="text-xs font-medium text-brand-600 underline dark:text-brand-300"
              >
                {t('markAll')}
              </button>
            )}
          </div>
          {bell.items.length === 0 ? (
            <p className="py-3 text-sm text-zinc-600 dark:text-zinc-400">{t('empty')}</p>
          ) : (
            <ul className="max-h-80 space-y-1 overflow-y-auto">
              {bell.items.map((item) => (
                <li key={item.id}>
                  <Link
                    href={`/courses/${item.lessonId}#comment-${item.commentId}`}
                    onClick={() => {
                      setOpen(false);
                      if (!item.read) void markRead([item.id]);
                    }}
                    className={`block rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800 ${item.read ? 'text-zinc-600 dark:text-zinc-400' : 'font-medium'}`}
                  >
                    <span className="block">
                      {item.kind === 'reply'
                        ? t('reply', { name: item.authorName })
                        : t('thread', { name: item.authorName })}
                    </span>
                    <span className="block truncate text-xs">{item.excerpt}</span>
                    <time
                      dateTime={item.createdAt}
                      className="block text-xs text-zinc-600 dark:text-zinc-400"
                    >
                      {format.dateTime(new Date(item.createdAt), {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </time>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <label className="mt-2 flex items-center gap-2 border-t border-zinc-200 pt-2 text-sm dark:border-zinc-800">
            <input
              type="checkbox"
              checked={bell.emailNotifications}
              onChange={async (event) => {
                // Show the choice at once; the reload puts back what the server kept.
                const email = event.target.checked;
                setBell({ ...bell, emailNotifications: email });
                await callApi('PUT', '/api/notifications/settings', { email });
                await load();
              }}
              className="size-4"
            />
            {t('email')}
          </label>
        </div>
      )}
    </div>
  );
}
