import path from 'node:path';

/** The two databases Stream runs on: the embedded default and the one for many app servers. */
export type DatabaseEngine = 'sqlite' | 'postgresql';

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** Picks the engine from DATABASE_URL: `file:` is SQLite, `postgres://` or `postgresql://` is PostgreSQL. */
export function databaseEngine(url: string): DatabaseEngine {
  if (url.startsWith('file:')) return 'sqlite';
  if (POSTGRES_URL.test(url)) return 'postgresql';
  throw new Error(
    `DATABASE_URL must be a SQLite "file:" URL or a "postgresql://" URL, not "${redactUrl(url)}"`,
  );
}

/** Each engine has its own Prisma schema and committed migrations. */
export function migrationsDir(engine: DatabaseEngine, root: string = process.cwd()): string {
  return engine === 'sqlite'
    ? path.join(root, 'prisma', 'migrations')
    : path.join(root, 'prisma', 'postgres', 'migrations');
}

/** A URL safe to print: any password is replaced. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
