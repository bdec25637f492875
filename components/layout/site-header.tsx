import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { AccountMenu } from '../account/account-menu';
import { LocaleSwitch } from './locale-switch';
import { ThemeToggle } from './theme-toggle';

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      {/* On a phone the menu gets its own row below the logo and the controls. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2">
        <Link
          href="/"
          className="mr-2 text-lg font-extrabold tracking-tight whitespace-nowrap text-brand-600 dark:text-brand-300"
        >
          {t('Site.name')}
        </Link>
        <nav
          aria-label={t('Nav.label')}
          className="order-last -mx-2 flex w-full items-center gap-1 overflow-x-auto text-sm whitespace-nowrap sm:order-none sm:mx-0 sm:w-auto sm:flex-1"
        >
          {(
            [
              ['/', t('Nav.courses')],
              ['/playground', t('Nav.playground')],
              ['/levels', t('Nav.levels')],
            ] as const
          ).map(([href, label]) => (
            <Link
              key={href}
              href={href}
              className="shrink-0 rounded-lg px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-1 whitespace-nowrap">
          <AccountMenu />
          <LocaleSwitch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
