import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hitRateLimit, peekRateLimit, type LimitResult } from '@/lib/limits/rate-limit';

/**
 * How many sign-in e-mails may go out: per address (so nobody floods an
 * inbox) and per caller (so nobody floods many). Counted where the e-mail is
 * sent, so every way in (the page's form, next-auth's own endpoint) shares
 * one count.
 */
export const SIGN_IN_LIMITS = {
  perAddress: 5,
  perCaller: 60,
  windowMs: 60 * 60_000,
} as const;

function keys(email: string, ip: string) {
  return [
    { key: `magic-link:email:${email.toLowerCase()}`, limit: SIGN_IN_LIMITS.perAddress },
    { key: `magic-link:ip:${ip}`, limit: SIGN_IN_LIMITS.perCaller },
  ];
}

export type SignInLimit = { ok: true } | { ok: false; resetAt: Date };

function firstRefusal(results: LimitResult[]): SignInLimit {
  const refused = results.find((result) => !result.ok);
  return refused && !refused.ok ? { ok: false, resetAt: refused.resetAt } : { ok: true };
}

/** Counts one sign-in e-mail against both limits; refuses when either is spent. */
export async function hitSignInLimits(
  db: PrismaClient,
  { email, ip, now = new Date() }: { email: string; ip: string; now?: Date },
): Promise<SignInLimit> {
  const results: LimitResult[] = [];
  for (const { key, limit } of keys(email, ip)) {
    const result = await hitRateLimit(db, { key, limit, windowMs: SIGN_IN_LIMITS.windowMs, now });
    results.push(result);
    if (!result.ok) break;
  }
  return firstRefusal(results);
}

/** Whether one more e-mail would be refused, without counting it (for the form's message). */
export async function peekSignInLimits(
  db: PrismaClient,
  { email, ip, now = new Date() }: { email: string; ip: string; now?: Date },
): Promise<SignInLimit> {
  const results: LimitResult[] = [];
  for (const { key, limit } of keys(email, ip))
    results.push(await peekRateLimit(db, { key, limit, windowMs: SIGN_IN_LIMITS.windowMs, now }));
  return firstRefusal(results);
}

/** Thrown from the mailer when a limit is spent: next-auth then sends no e-mail. */
export class SignInLimitReached extends Error {
  constructor(readonly resetAt: Date) {
    super('too many sign-in e-mails: try again later');
    this.name = 'SignInLimitReached';
  }
}
