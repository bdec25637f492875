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
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // The JSON report feeds the CI summary line (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
