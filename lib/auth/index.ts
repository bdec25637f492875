import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import NextAuth, { type Session } from 'next-auth';
import type { EmailConfig } from 'next-auth/providers/email';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { effectiveRole, type Role } from '@/lib/auth/roles';
import { SignInLimitReached, hitSignInLimits } from '@/lib/auth/sign-in-limits';
import { signInLink } from '@/lib/auth/sign-in-link';
import { clientIp } from '@/lib/request-ip';
import { wakeMailWorker } from '@/lib/mail/app-worker';
import { enqueueMail } from '@/lib/mail/queue';

// next-auth builds its URLs (redirects, the e-mail link) from AUTH_URL when it
// is set, and from the request's Host / X-Forwarded-Host when not. Links must
// come from configuration only, so AUTH_URL always follows STREAM_SITE_URL.
process.env.AUTH_URL = new URL('/api/auth', env.STREAM_SITE_URL).href;

const SIGN_IN_LINK_MAX_AGE_S = 60 * 60;

/** Magic-link sign-in, always available (SMTP when configured, else the outbox). */
const emailProvider: EmailConfig = {
  id: 'email',
  type: 'email',
  name: 'E-mail',
  maxAge: SIGN_IN_LINK_MAX_AGE_S,
  sendVerificationRequest(params) {
    const sending = sendSignInEmail(params);
    // next-auth awaits this only after more async work of its own: mark it handled
    // now, so a refusal is not an unhandled rejection (next-auth still sees it).
    sending.catch(() => undefined);
    return sending;
  },
};

/**
 * Every way in (the page's action, next-auth's own endpoint) ends here, so the
 * limits hold for all of them; a refusal sends nothing.
 */
async function sendSignInEmail({
  identifier,
  url,
  token,
  request,
}: Parameters<EmailConfig['sendVerificationRequest']>[0]): Promise<void> {
  const limit = await hitSignInLimits(db, { email: identifier, ip: clientIp(request.headers) });
  if (!limit.ok) throw new SignInLimitReached(limit.resetAt);
  const link = signInLink({
    siteUrl: env.STREAM_SITE_URL,
    token,
    email: identifier,
    requestedUrl: url,
  });
  // Queued, not sent inline: the worker sends it, retrying while SMTP is down.
  await enqueueMail(db, {
    kind: 'sign-in',
    to: identifier,
    subject: 'Stream 로그인 링크 / Your Stream sign-in link',
    url: link,
    text: `Stream에 로그인하려면 이 링크를 여세요 (1시간 동안 유효):\n${link}\n\nOpen this link to sign in to Stream (valid for 1 hour):\n${link}\n`,
    html: `<p>Stream에 로그인하려면 <a href="${escapeAttribute(link)}">이 링크</a>를 여세요 (1시간 동안 유효).</p><p>Open <a href="${escapeAttribute(link)}">this link</a> to sign in to Stream (valid for 1 hour).</p>`,
    expiresAt: new Date(Date.now() + SIGN_IN_LINK_MAX_AGE_S * 1000),
  });
  wakeMailWorker();
}

/** A URL inside an HTML attribute: the e-mail address in it is the caller's text. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const providers = [
  emailProvider,
  ...(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
    ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })]
    : []),
  ...(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
    ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })]
    : []),
];

/** The OAuth providers switched on by env, for the sign-in page. */
export const oauthProviders = providers
  .filter((provider) => provider.id !== 'email')
  .map((provider) => ({ id: provider.id, name: provider.name }));

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60 },
  secret: resolveAuthSecret(env.AUTH_SECRET, env.STREAM_DATA_DIR),
  // Safe with AUTH_URL set above: the host header no longer shapes any URL.
  trustHost: true,
  providers,
  logger: {
    error(error) {
      // A spent sign-in limit is expected traffic, not a server fault: one line, no stack.
      const limit = [error, error.cause, (error.cause as { err?: unknown } | undefined)?.err].find(
        (candidate) => candidate instanceof Error && candidate.name === 'SignInLimitReached',
      );
      if (limit instanceof Error) console.warn(`[auth] ${limit.message}`);
      else console.error(error);
    },
  },
  pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
  callbacks: {
    session({ session, user }) {
      const role = effectiveRole(
        { email: user.email, role: (user as { role?: string }).role ?? 'learner' },
        env.MODERATOR_EMAILS,
      );
      // Only what pages need: a database session also carries its sessionToken
      // and userId, and /api/auth/session would hand the token (the httpOnly
      // cookie's value) to any script on the page.
      return {
        expires: session.expires,
        user: {
          id: user.id,
          name: session.user.name ?? null,
          email: session.user.email,
          image: session.user.image ?? null,
          role,
        },
      } satisfies Session & { user: { role: Role } };
    },
  },
});

export interface SessionUser {
  id: string;
  name?: string | null;
  email: string;
  role: Role;
}

/** The signed-in learner, or null. Every action and route checks this itself. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !user.email) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role ?? 'learner' };
}
