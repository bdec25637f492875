/**
 * Response headers every page and API answer carries (next.config.ts).
 *
 * The Content-Security-Policy allows scripts from Stream's own origin only.
 * Next.js streams the React payload of every page, the prerendered ones
 * included, as inline scripts whose text changes with each build, and a
 * nonce would make every page dynamic; so inline scripts stay allowed, and
 * everything else is closed: no other origin's scripts, no plugins, no
 * <base> rewrites, forms post only to Stream, and no site may frame it.
 */
export function contentSecurityPolicy({ dev }: { dev: boolean }): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for the development server's hot reload.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join('; ');
}

export function securityHeaders({
  dev,
  https,
}: {
  dev: boolean;
  /** The site is served over https (STREAM_SITE_URL): browsers are told to keep it so. */
  https: boolean;
}): { key: string; value: string }[] {
  return [
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000' }] : []),
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
