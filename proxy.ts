import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Only paths without a language prefix (they redirect to /ko/...): pages
  // under /ko and /en, API routes, Next internals and files skip the proxy.
  matcher: '/((?!api|_next|_vercel|ko(?:/|$)|en(?:/|$)|.*\\..*).*)',
};
