import { defineConfig } from 'prisma/config';

// Prisma 7 does not read .env here, and env() throws on unset variables,
// so the embedded SQLite default is spelled out.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx scripts/db.ts seed' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/stream.db' },
});
