import 'server-only';
import { mailTransport } from '@/lib/mail/transport';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { startMailWorker, type MailWorker } from './worker';

// Next.js bundles instrumentation and the routes apart: the worker is found through globalThis.
const holder = globalThis as unknown as { streamMailWorker?: MailWorker };

/** Starts this app server's mail worker, once (instrumentation.ts calls it at start-up). */
export function startAppMailWorker(): void {
  holder.streamMailWorker ??= startMailWorker({
    db,
    transport: mailTransport({
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      dataDir: env.STREAM_DATA_DIR,
    }),
    pollMs: env.MAIL_POLL_MS,
  });
}

/** Sends what was just queued without waiting for the next poll (a no-op where no worker runs). */
export function wakeMailWorker(): void {
  holder.streamMailWorker?.wake();
}
