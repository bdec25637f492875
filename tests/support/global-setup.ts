import type { TestProject } from 'vitest/node';
import {
  POSTGRES_ADMIN_URL,
  dropPostgresDatabases,
  postgresDatabasesNamed,
  withAdmin,
} from './postgres';
import { redactUrl } from '@/lib/db/engine';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Prefix of every PostgreSQL database this test run creates. */
    postgresRun: string;
  }
}

/**
 * Runs once per `vitest run`: checks that PostgreSQL answers (scripts/test-setup.sh
 * installs and starts it where it is missing), names this run's databases and,
 * at the end, drops every one of them, even those of a test file that crashed.
 */
export default async function setup(project: TestProject) {
  try {
    await withAdmin((client) => client.query('SELECT 1'));
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${redactUrl(POSTGRES_ADMIN_URL)} (${(error as Error).message}). ` +
        'Run `npm run test:setup` (it installs and starts PostgreSQL) or set STREAM_TEST_POSTGRES_URL.',
    );
  }
  const run = `stream_test_${Date.now().toString(36)}_${process.pid}`;
  project.provide('postgresRun', run);
  return async () => {
    await dropPostgresDatabases(await postgresDatabasesNamed(run));
  };
}
