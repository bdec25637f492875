'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { oauthProviders, signIn } from '@/lib/auth';
import { db } from '@/lib/db';
import { hitRateLimit } from '@/lib/limits/rate-limit';
import { clientIp } from '@/lib/request-ip';

export type SignInState =
  | { status: 'idle' }
  | { status: 'invalid'; email: string }
  | { status: 'rate_limited'; email: string; resetAt: string };

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
  // Each request sends an e-mail: a few per address and per caller an hour is plenty.
  const ip = clientIp(await headers());
  for (const [key, limit] of [
    [`magic-link:email:${email}`, 5],
    [`magic-link:ip:${ip}`, 60],
  ] as const) {
    const result = await hitRateLimit(db, { key, limit, windowMs: 60 * 60_000 });
    if (!result.ok) return { status: 'rate_limited', email, resetAt: result.resetAt.toISOString() };
  }
  await signIn('email', { email, redirectTo: safeRedirect(form.get('callbackUrl')) });
  return { status: 'idle' };
}

export async function signInWithProvider(form: FormData): Promise<void> {
  const provider = form.get('provider');
  if (!oauthProviders.some((candidate) => candidate.id === provider)) return;
  await signIn(String(provider), { redirectTo: safeRedirect(form.get('callbackUrl')) });
}
