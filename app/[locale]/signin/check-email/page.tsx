import { getTranslations, setRequestLocale } from 'next-intl/server';
import { env } from '@/lib/env';

// Reads the running server's mail settings, not the build machine's.
export const dynamic = 'force-dynamic';

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('Account');
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-extrabold">{t('checkTitle')}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t('checkBody')}</p>
      {!env.SMTP_URL && (
        <p className="mt-4 rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-900">
          {t('checkOffline')}
        </p>
      )}
    </div>
  );
}
