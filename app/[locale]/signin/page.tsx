import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/account/sign-in-form';
import { oauthProviders } from '@/lib/auth';
import { signInWithProvider } from './actions';
import { ClientMessages } from '@/i18n/client-messages-provider';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Account' });
  return { title: t('signInTitle') };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl = '/', error } = await searchParams;
  const t = await getTranslations('Account');
  const landing = callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
  return (
    <ClientMessages page="account">
      <div className="mx-auto max-w-md px-4 py-16">
        <h1 className="text-3xl font-extrabold">{t('signInTitle')}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t('signInLead')}</p>
        {error && (
          <p
            role="alert"
            className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-300"
          >
            {/* next-auth says "Configuration" or "EmailSignin" when no e-mail went out (a limit, or SMTP). */}
            {error === 'Configuration' || error === 'EmailSignin'
              ? t('linkNotSent')
              : t('signInError')}
          </p>
        )}
        <div className="mt-6">
          <SignInForm callbackUrl={landing} />
        </div>
        {oauthProviders.length > 0 && (
          <div className="mt-6 space-y-2">
            <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">{t('orWith')}</p>
            {oauthProviders.map((provider) => (
              <form key={provider.id} action={signInWithProvider}>
                <input type="hidden" name="provider" value={provider.id} />
                <input type="hidden" name="callbackUrl" value={landing} />
                <button
                  type="submit"
                  className="w-full rounded-lg border border-zinc-300 px-4 py-2.5 font-medium dark:border-zinc-700"
                >
                  {t('continueWith', { provider: provider.name })}
                </button>
              </form>
            ))}
          </div>
        )}
      </div>
    </ClientMessages>
  );
}
