import 'server-only';

/**
 * The caller's address for per-IP limits: the first hop a proxy recorded, or
 * the one Next.js recorded for a direct connection.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
