import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
// Validates the environment at build and start: a bad variable stops here, named.
import { env } from './lib/env';
import { ACTION_BODY_LIMIT_BYTES } from './lib/server/limits';
import { securityHeaders } from './lib/server/security-headers';

// Messages are compiled at build time, so no ICU parser ships to the browser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ['better-sqlite3'],
  experimental: {
    // The request gate (instrumentation.ts) refuses larger bodies first, with a 413.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
  },
  async headers() {
    const dev = process.env.NODE_ENV !== 'production';
    const https = env.STREAM_SITE_URL.startsWith('https:');
    return [{ source: '/:path*', headers: securityHeaders({ dev, https }) }];
  },
};

export default withNextIntl(nextConfig);
