import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ko', 'en'],
  defaultLocale: 'ko',
  // Every page URL carries its language (/ko/..., /en/...), so prerendered
  // pages are served as they are, without the proxy running for them (see
  // proxy.ts). Unprefixed paths redirect to Korean. The browser's language
  // does not redirect: a shared link opens in the language it was shared in.
  localePrefix: 'always',
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];
