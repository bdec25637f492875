/**
 * The link in a sign-in e-mail, built from the configured site URL only.
 * next-auth derives its own link from the request, which a forged Host or
 * X-Forwarded-Host could point at another site and so receive the token;
 * here nothing from the request but the landing path survives, and only when
 * it stays on the site.
 */

/** The landing place after sign-in: a path on the site, else the home page. */
export function sameSiteCallback(callbackUrl: string | null | undefined, siteUrl: string): string {
  const site = new URL(siteUrl);
  if (!callbackUrl) return site.href;
  try {
    const target = new URL(callbackUrl, site);
    return target.origin === site.origin ? target.href : site.href;
  } catch {
    return site.href;
  }
}

export function signInLink({
  siteUrl,
  token,
  email,
  requestedUrl,
}: {
  siteUrl: string;
  token: string;
  email: string;
  /** The link next-auth built; only its callbackUrl is read. */
  requestedUrl: string;
}): string {
  let callbackUrl: string | null = null;
  try {
    callbackUrl = new URL(requestedUrl).searchParams.get('callbackUrl');
  } catch {
    callbackUrl = null;
  }
  const link = new URL('/api/auth/callback/email', siteUrl);
  link.searchParams.set('callbackUrl', sameSiteCallback(callbackUrl, siteUrl));
  link.searchParams.set('token', token);
  link.searchParams.set('email', email);
  return link.href;
}
