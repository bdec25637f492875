'use server';

import { z } from 'zod';
import { oauthProviders, signIn } from '@/lib/auth';

export type SignInState = { status: 'idle' } | { status: 'invalid'; email: string };

const emailSchema = z.email().max(254);

/** Only same-site paths are allowed as the place to land after sign-in. */
function safeRedirect(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

/** Sends a magic link (SMTP or the outbox); on success next-auth redirects to "check your e-mail". */
export async function requestMagicLink(
  _previous: SignInState,
  form: FormData,
): Promise<SignInState> {
  const raw = form.get('email');
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!emailSchema.safeParse(email).success) return { status: 'invalid', email };
  await signIn('email', { email, redirectTo: safeRedirect(form.get('callbackUrl')) });
  return { status: 'idle' };
}

export async function signInWithProvider(form: FormData): Promise<void> {
  const provider = form.get('provider');
  if (!oauthProviders.some((candidate) => candidate.id === provider)) return;
  await signIn(String(provider), { redirectTo: safeRedirect(form.get('callbackUrl')) });
}
