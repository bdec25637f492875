'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { oauthProviders, signIn } from '@/lib/auth';
import { peekSignInLimits } from '@/lib/auth/sign-in-limits';
import { db } from '@/lib/db';
import { clientIp } from '@/lib/request-ip';

export type SignInState =
  | { status: 'idle' }
  | { status: 'invalid'; email: string }
  | { status: 'rate_limited'; email: string; resetAt: string }
  | { status: 'failed'; email: string };

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
  // The limits are counted where the e-mail is sent (lib/auth/index.ts); looking first
  // only lets the form say when to come back instead of failing blind.
  const caller = { email, ip: clientIp(await headers()) };
  const before = await peekSignInLimits(db, caller);
  if (!before.ok) return { status: 'rate_limited', email, resetAt: before.resetAt.toISOString() };
  const landing = await signIn('email', {
    email,
    redirectTo: safeRedirect(form.get('callbackUrl')),
    redirect: false,
  });
  if (
    typeof landing === 'string' &&
    !new URL(landing, 'http://stream.invalid').searchParams.has('error')
  )
    redirect(landing);
  // next-auth refused (a concurrent request spent the last e-mail, or the mailer failed).
  const after = await peekSignInLimits(db, caller);
  if (!after.ok) return { status: 'rate_limited', email, resetAt: after.resetAt.toISOString() };
  return { status: 'failed', email };
}

export async function signInWithProvider(form: FormData): Promise<void> {
  const provider = form.get('provider');
  if (!oauthProviders.some((candidate) => candidate.id === provider)) return;
  await signIn(String(provider), { redirectTo: safeRedirect(form.get('callbackUrl')) });
}
