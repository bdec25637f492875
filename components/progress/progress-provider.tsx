'use client';

import { useTranslations } from 'next-intl';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { mergeProgressAction, recordProgressAction } from '@/app/[locale]/actions';
import type { Role } from '@/lib/auth/roles';
import { usePathname } from '@/i18n/navigation';
import {
  clearLocalAnswers,
  localAnswersForMerge,
  useLocalAnswers,
} from '@/lib/checks/local-answers';
import type { CheckReview } from '@/lib/checks/review';
import { ACHIEVEMENTS, eventKey, XP_PER_EVENT, type ProgressEvent } from '@/lib/progress/rewards';
import { clearVisitorRouter, readVisitorRouterRaw } from '@/lib/playground/lab-storage';
import {
  clearLocalProgress,
  recordLocalEvent,
  useLocalProgress,
} from '@/lib/progress/local-progress';
import { summarizeProgress, type ProgressSummary, type StoredEvent } from '@/lib/progress/summary';

export type Account =
  | { signedIn: false }
  | {
      signedIn: true;
      user: { name: string | null; email: string; role: Role };
      events: StoredEvent[];
      summary: ProgressSummary;
      /** Passed checks whose catalog figures have changed since. */
      reviews: CheckReview[];
    };

interface ProgressContextValue {
  /** Null until the server has said whether someone is signed in. */
  account: Account | null;
  summary: ProgressSummary;
  isDone: (event: ProgressEvent) => boolean;
  /** Checks to review (signed in only: a visitor's answers are graded again at sign-in). */
  reviews: readonly CheckReview[];
  record: (event: ProgressEvent) => Promise<void>;
  /** Asks the server again; false when it did not answer. */
  refresh: () => Promise<boolean>;
  /** Drops the account from the screen at sign-out, in this tab and the others. */
  forget: () => void;
}

const ProgressContext = createContext<ProgressContextValue | null>(null);
/** The first wait before asking for progress again after a failed request; it doubles up to the max. */
const PROGRESS_RETRY_FIRST_MS = 1_000;
const PROGRESS_RETRY_MAX_MS = 30_000;
const CHANNEL = 'stream-progress';

/** Tells the other tabs of this browser to fetch progress again. */
function broadcast() {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function useProgress(): ProgressContextValue {
  const value = useContext(ProgressContext);
  if (!value) throw new Error('useProgress must be used inside <ProgressProvider>');
  return value;
}

/**
 * Where progress lives: the account when signed in, this browser otherwise.
 * At sign-in the browser's progress is merged into the account once, and
 * level-ups and new achievements are announced, to screen readers too.
 */
export function ProgressProvider({
  publishedLessons,
  children,
}: {
  publishedLessons: number;
  children: ReactNode;
}) {
  const t = useTranslations('Progress');
  const achievementText = useTranslations('Achievements');
  const localEvents = useLocalProgress();
  const localAnswers = useLocalAnswers();
  const [account, setAccount] = useState<Account | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const merging = useRef(false);
  // The last summary seen, and whose it was (for announcements).
  const previous = useRef<{ identity: string; summary: ProgressSummary } | null>(null);

  const refresh = useCallback(async (): Promise<boolean> => {
    try {
      const response = await fetch('/api/me/progress', { cache: 'no-store' });
      if (!response.ok) return false;
      setAccount((await response.json()) as Account);
      return true;
    } catch {
      // Offline, or the connection dropped (an app server restarting behind the proxy).
      return false;
    }
  }, []);

  // Every navigation asks again: sign-in, sign-out and account deletion end in a redirect.
  // A request that fails is tried again, less and less often: until the server
  // has answered once, the progress buttons wait for it, and a page must not
  // stay that way after one dropped request.
  const pathname = usePathname();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = async (failures: number) => {
      if ((await refresh()) || stopped) return;
      const wait = Math.min(PROGRESS_RETRY_MAX_MS, PROGRESS_RETRY_FIRST_MS * 2 ** failures);
      timer = setTimeout(() => void attempt(failures + 1), wait);
    };
    void attempt(0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [refresh, pathname]);

  useEffect(() => {
    // Another tab recorded something or signed in/out: catch up.
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (channel) channel.onmessage = () => void refresh();
    return () => channel?.close();
  }, [refresh]);

  // Signed in with progress still in this browser: move it (answers to checks, and a
  // visitor's router from the router lab, read raw: the server validates it) into the account, once.
  useEffect(() => {
    if (!account?.signedIn || merging.current) return;
    const visitorRouter = readVisitorRouterRaw();
    if (localEvents.length === 0 && localAnswers.length === 0 && visitorRouter === null) return;
    merging.current = true;
    void mergeProgressAction(localEvents, localAnswersForMerge(), visitorRouter).then(
      async (result) => {
        if (result.ok) {
          // The merged events are not news: take the next summary as the new baseline.
          previous.current = null;
          clearLocalProgress();
          clearLocalAnswers();
          if (visitorRouter !== null) clearVisitorRouter();
          setAnnouncement(
            localEvents.length === 0 && result.routerMerged
              ? t('routerMerged')
              : result.skipped.length
                ? t('mergedWithSkipped', { merged: result.merged, skipped: result.skipped.length })
                : t('merged', { merged: result.merged }),
          );
          await refresh();
        }
        merging.current = false;
      },
    );
  }, [account, localEvents, localAnswers, refresh, t]);

  const summary = useMemo(() => {
    if (account?.signedIn) return account.summary;
    return summarizeProgress(
      localEvents.map((event) => ({ ...event, xp: XP_PER_EVENT[event.kind] })),
      publishedLessons,
    );
  }, [account, localEvents, publishedLessons]);

  // Announce a level-up or a new achievement earned here and now: not what
  // was already there on load, at sign-in, or when a merge brings it in.
  const identity = account === null ? null : account.signedIn ? account.user.email : 'visitor';
  useEffect(() => {
    const before = previous.current;
    previous.current = identity === null ? null : { identity, summary };
    if (!before || before.identity !== identity) return;
    const messages: string[] = [];
    if (summary.level > before.summary.level)
      messages.push(t('levelUp', { level: summary.level, name: summary.levelName }));
    for (const id of summary.achievements.filter(
      (achievement) => !before.summary.achievements.includes(achievement),
    )) {
      if (ACHIEVEMENTS.some((candidate) => candidate.id === id))
        messages.push(t('achievementUnlocked', { name: achievementText(`${id}.name`) }));
    }
    // Announcing is a reaction to data that arrived from the server or another tab, once per change.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (messages.length) setAnnouncement(messages.join(' '));
  }, [summary, identity, t, achievementText]);

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), 8_000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const isDone = useCallback(
    (event: ProgressEvent) => {
      const key = eventKey(event);
      const events: readonly ProgressEvent[] = account?.signedIn ? account.events : localEvents;
      return events.some((candidate) => eventKey(candidate) === key);
    },
    [account, localEvents],
  );

  const record = useCallback(
    async (event: ProgressEvent) => {
      if (!account?.signedIn) {
        recordLocalEvent(event);
        return;
      }
      const result = await recordProgressAction(event);
      if (result.ok) {
        await refresh();
        if (result.added) broadcast();
      }
    },
    [account, refresh],
  );

  const forget = useCallback(() => {
    setAccount({ signedIn: false });
    broadcast();
  }, []);

  const reviews = useMemo(() => (account?.signedIn ? (account.reviews ?? []) : []), [account]);
  const value = useMemo(
    () => ({ account, summary, isDone, reviews, record, refresh, forget }),
    [account, summary, isDone, reviews, record, refresh, forget],
  );
  return (
    <ProgressContext.Provider value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className={
          announcement
            ? 'fixed right-4 bottom-4 z-50 max-w-sm rounded-xl bg-zinc-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900'
            : 'sr-only'
        }
      >
        {announcement}
      </div>
    </ProgressContext.Provider>
  );
}
