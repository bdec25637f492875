import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Server-only guards throw outside React Server Components; unit tests run plain Node.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Checks PostgreSQL, names this run's databases and drops them all at the end.
    globalSetup: ['tests/support/global-setup.ts'],
    // The JSON report feeds the CI summary line (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.db.test.ts'],
        },
      },
      // Every test that touches the database runs on both engines.
      ...(['sqlite', 'postgresql'] as const).map((engine) => ({
        extends: true as const,
        test: {
          name: engine,
          include: ['tests/unit/**/*.db.test.ts'],
          env: { STREAM_TEST_DB: engine },
        },
      })),
    ],
  },
});
