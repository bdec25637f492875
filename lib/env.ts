import { z } from 'zod';

/**
 * Every environment variable Stream reads, validated once. Each one has a
 * working default for a fresh offline machine or is optional, so `npm start`
 * needs no .env file; a bad value stops start-up with the variable named.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      'must be a SQLite "file:" URL (e.g. file:./data/stream.db) or a PostgreSQL "postgresql://" URL',
    )
    .default('file:./data/stream.db'),
  STREAM_DATA_DIR: z.string().min(1).default('data'),
  STREAM_SITE_URL: z.url().default('http://localhost:3000'),
  /**
   * How many proxies in front of the app append to X-Forwarded-For (nginx: 1).
   * 0 (no proxy) means no forwarded header is believed.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('Stream <no-reply@stream.localhost>'),
  /** How often each app server's mail worker looks at the queue (it is also woken on every new message). */
  MAIL_POLL_MS: z.coerce.number().int().min(50).default(1_000),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  /** Comma-separated e-mails that are moderators whatever the database says. */
  MODERATOR_EMAILS: z.string().default(''),
  GEMINI_API_KEY: z.string().min(1).optional(),
  GEMINI_BASE_URL: z.url().optional(),
  GEMINI_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  PLAYGROUND_DAILY_SPEND_CAP_USD: z.coerce.number().nonnegative().default(5),
  PLAYGROUND_MAX_PROMPT_CHARS: z.coerce.number().int().positive().max(32_000).default(8_000),
  PLAYGROUND_MAX_OUTPUT_TOKENS: z.coerce.number().int().positive().max(65_536).default(1_024),
  /** Thinking tokens a real call may spend (billed as output); 128 is the least Pro models take. */
  PLAYGROUND_THINKING_BUDGET: z.coerce.number().int().min(128).max(32_768).default(1_024),
  PLAYGROUND_CALLS_PER_HOUR_PER_USER: z.coerce.number().int().positive().default(30),
  PLAYGROUND_CALLS_PER_HOUR_PER_IP: z.coerce.number().int().positive().default(60),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(source: NodeJS.ProcessEnv): Env {
  // Treat empty strings as unset, as shells and .env files often leave them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = readEnv(process.env);
