import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { AccountMenu } from '../account/account-menu';
import { LocaleSwitch } from './locale-switch';
import { ThemeToggle } from './theme-toggle';

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-2.5">
        <Link href="/" className="mr-2 text-lg font-extrabold tracking-tight text-brand-600 dark:text-brand-300">
          {t('Site.name')}
        </Link>
        <nav aria-label={t('Nav.label')} className="flex flex-1 items-center gap-1 text-sm">
          <Link href="/" className="rounded-lg px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            {t('Nav.courses')}
          </Link>
          <Link href="/playground" className="rounded-lg px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            {t('Nav.playground')}
          </Link>
          <Link href="/levels" className="rounded-lg px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            {t('Nav.levels')}
          </Link>
        </nav>
        <AccountMenu />
        <LocaleSwitch />
        <ThemeToggle />
      </div>
    </header>
  );
}
