import { defineConfig } from 'prisma/config';

// Prisma 7 does not read .env here, and env() throws on unset variables,
// so the embedded SQLite default is spelled out. A postgresql:// URL selects
// PostgreSQL's own schema and migrations, so that on a machine with Prisma's
// migrate engine `prisma migrate deploy` sees the same history as
// `npm run db:migrate` (lib/db/migrate.ts).
const url = process.env.DATABASE_URL || 'file:./data/stream.db';
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? 'prisma/postgres/schema.prisma' : 'prisma/schema.prisma',
  migrations: {
    path: postgres ? 'prisma/postgres/migrations' : 'prisma/migrations',
    seed: 'tsx scripts/db.ts seed',
  },
  datasource: { url },
});
