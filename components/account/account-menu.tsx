'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import { signOutAction } from '@/app/[locale]/actions';
import { Link, usePathname } from '@/i18n/navigation';
import { useProgress } from '../progress/progress-provider';

// Only a signed-in learner has a bell: its code loads then, not with every page.
const NotificationBell = lazy(() =>
  import('../community/notification-bell').then((module) => ({ default: module.NotificationBell })),
);

/** Sign in, or the signed-in learner's profile link and sign out. */
export function AccountMenu() {
  const t = useTranslations('Account');
  const tn = useTranslations('Nav');
  const pathname = usePathname();
  const { account, forget } = useProgress();
  if (account === null) return <span className="w-16" aria-hidden="true" />;
  if (!account.signedIn) {
    return (
      <Link
        href={{ pathname: '/signin', query: { callbackUrl: pathname } }}
        className="rounded-lg px-2 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        {t('signIn')}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-1">
      {account.user.role === 'moderator' && (
        <Link
          href="/moderation"
          className="rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          {tn('moderation')}
        </Link>
      )}
      <Suspense fallback={null}>
        <NotificationBell />
      </Suspense>
      <Link
        href="/profile"
        className="max-w-40 truncate rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        {account.user.name ?? account.user.email}
      </Link>
      {/* Forget the account on screen first, so nothing private stays while the server signs out. */}
      <form action={signOutAction} onSubmit={forget}>
        <button
          type="submit"
          className="rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
