/**
 * Makes a learner a moderator, or back:
 *   npm run user:role -- someone@example.com moderator
 *   npm run user:role -- someone@example.com learner
 * (MODERATOR_EMAILS in the environment does the same without a database edit.)
 */
import { createPrismaClient } from '@/lib/db/client';
import { env } from '@/lib/env';

const [email, role] = process.argv.slice(2);
if (!email || (role !== 'moderator' && role !== 'learner')) {
  console.error('usage: npm run user:role -- <email> moderator|learner');
  process.exit(2);
}
const db = createPrismaClient(env.DATABASE_URL);
try {
  const { count } = await db.user.updateMany({
    where: { email: email.toLowerCase() },
    data: { role },
  });
  if (count === 0) {
    console.error(`no user with e-mail ${email}: they must sign in once first`);
    process.exit(1);
  }
  console.log(`${email} is now a ${role}`);
} finally {
  await db.$disconnect();
}
