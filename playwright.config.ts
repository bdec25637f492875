import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

/**
 * End-to-end tests in Debian's Chromium against the production build.
 * Two app servers share the build: one with no Gemini key (the offline
 * default a fresh machine gets) and one whose key points at a local stub that
 * speaks the Gemini REST API, so the real SDK path runs. Each starts from a
 * fresh database of its own.
 */
// STREAM_E2E_PORT_OFFSET lets two checkouts run their suites side by side.
const portOffset = Number(process.env.STREAM_E2E_PORT_OFFSET ?? 0);
export const OFFLINE_PORT = 3210 + portOffset;
export const ONLINE_PORT = 3211 + portOffset;
export const GEMINI_STUB_PORT = 8790 + portOffset;
/**
 * A third app server for the security suite: a small daily spend cap, high
 * hourly limits, one trusted proxy hop, and a Gemini stub of its own (its
 * scripted thinking tokens must not reach the other suites).
 */
export const CAPPED_PORT = 3212 + portOffset;
export const CAPPED_STUB_PORT = 8791 + portOffset;
export const CAPPED_SPEND_CAP_USD = 0.5;
/** Made a moderator by env on the test servers. */
export const MODERATOR_EMAIL = 'moderator@stream.test';

function appServer(port: number, database: string, extraEnv: Record<string, string> = {}) {
  return {
    command: `rm -f data/${database}* && tsx scripts/db.ts setup && next start -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      DATABASE_URL: `file:./data/${database}`,
      STREAM_SITE_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      MODERATOR_EMAILS: MODERATOR_EMAIL,
      ...extraEnv,
    },
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // A test that signs two learners in and walks several pages takes about
  // 20 s on a 2-core machine running four app servers and two browsers; the
  // limit catches a hang, it does not measure speed (npm run bench does).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${OFFLINE_PORT}`,
    locale: 'ko-KR',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `tsx scripts/gemini-stub.ts --port ${GEMINI_STUB_PORT}`,
      url: `http://127.0.0.1:${GEMINI_STUB_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `tsx scripts/gemini-stub.ts --port ${CAPPED_STUB_PORT}`,
      url: `http://127.0.0.1:${CAPPED_STUB_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    appServer(OFFLINE_PORT, 'e2e-offline.db'),
    appServer(ONLINE_PORT, 'e2e-online.db', {
      GEMINI_API_KEY: 'stub-key',
      GEMINI_BASE_URL: `http://127.0.0.1:${GEMINI_STUB_PORT}`,
      // Small enough that the limits test reaches it in a few calls.
      PLAYGROUND_CALLS_PER_HOUR_PER_IP: '4',
    }),
    appServer(CAPPED_PORT, 'e2e-capped.db', {
      GEMINI_API_KEY: 'stub-key',
      GEMINI_BASE_URL: `http://127.0.0.1:${CAPPED_STUB_PORT}`,
      PLAYGROUND_DAILY_SPEND_CAP_USD: String(CAPPED_SPEND_CAP_USD),
      PLAYGROUND_CALLS_PER_HOUR_PER_IP: '1000',
      PLAYGROUND_CALLS_PER_HOUR_PER_USER: '1000',
      PLAYGROUND_THINKING_BUDGET: '8192',
      TRUSTED_PROXY_HOPS: '1',
    }),
  ],
});
