import pg from 'pg';

/**
 * The PostgreSQL server the tests use. Each test run makes databases of its
 * own on it (named after the run) and drops them when it ends. The default
 * matches this machine kind (trust auth on 127.0.0.1) and what
 * scripts/test-setup.sh sets up where it installs PostgreSQL itself.
 */
export const POSTGRES_ADMIN_URL =
  process.env.STREAM_TEST_POSTGRES_URL || 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';

/** The URL of another database on the same server. */
export function postgresUrlFor(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(name: string): Promise<string> {
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  return postgresUrlFor(name);
}

export async function dropPostgresDatabases(names: string[]): Promise<void> {
  if (names.length === 0) return;
  await withAdmin(async (client) => {
    // FORCE ends connections a test left open (a client not yet disconnected).
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

export async function postgresDatabasesNamed(prefix: string): Promise<string[]> {
  return withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    return rows.map((row) => row.datname);
  });
}
