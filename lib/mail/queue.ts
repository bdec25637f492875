import { randomUUID } from 'node:crypto';
import type { MailTransport, OutgoingMail } from '@/lib/mail/transport';
import { engineOf } from '@/lib/db/client';
import type { MailMessage, Prisma, PrismaClient } from '@/lib/generated/prisma/client';

/**
 * E-mail goes through a table, never straight to SMTP: a message is written
 * in the same transaction as what caused it (a reply, a sign-in request) and
 * sent by the worker that runs in every app server (lib/mail/worker.ts).
 *
 * - A message is claimed by one server at a time: `FOR UPDATE SKIP LOCKED` on
 *   PostgreSQL; on SQLite, whose writes are serial, a conditional UPDATE.
 * - A claim is a lease: a server that dies mid-send loses it after
 *   `LEASE_MS`, and another server picks the message up.
 * - While SMTP fails, a message is retried with exponential backoff and
 *   jitter, up to `MAX_ATTEMPTS`; it is marked sent once, right after SMTP
 *   accepts it, and a sent message is never claimed again.
 * - A sign-in link is never sent after it expires, and its text (the link
 *   holds a token) is erased once the message is sent or given up.
 */
export type MailKind = 'sign-in' | 'reply';

export interface QueuedMail extends OutgoingMail {
  kind: MailKind;
  expiresAt?: Date;
}

export const MAIL_QUEUE = {
  batch: 10,
  leaseMs: 2 * 60_000,
  baseBackoffMs: 5_000,
  maxBackoffMs: 30 * 60_000,
  maxAttempts: 20,
  /** Rate-limit windows (an hour at most) older than this are deleted. */
  keepRateLimitWindowsMs: 24 * 60 * 60_000,
  /** Sent, expired and failed messages older than this are deleted. */
  keepFinishedMailMs: 30 * 24 * 60 * 60_000,
} as const;

type Writer = Pick<PrismaClient, 'mailMessage'> | Pick<Prisma.TransactionClient, 'mailMessage'>;

/** Queues one message; pass the transaction that writes what caused it. */
export async function enqueueMail(db: Writer, mail: QueuedMail): Promise<void> {
  await db.mailMessage.create({ data: mail });
}

/** Exponential backoff with jitter: about 5 s, 10 s, 20 s, ... capped at 30 minutes. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(
    MAIL_QUEUE.maxBackoffMs,
    MAIL_QUEUE.baseBackoffMs * 2 ** Math.max(0, attempts - 1),
  );
  return Math.round(ceiling * (0.5 + random() / 2));
}

const ERASED = { text: '', html: '', url: '' };

function dueWhere(now: Date): Prisma.MailMessageWhereInput {
  return {
    OR: [
      { status: 'pending', nextAttemptAt: { lte: now } },
      { status: 'sending', lockedUntil: { lt: now } },
    ],
  };
}

/** Claims up to `batch` due messages for this server; no other server gets them while the lease holds. */
export async function claimDueMail(
  db: PrismaClient,
  {
    serverId,
    now = new Date(),
    batch = MAIL_QUEUE.batch,
  }: { serverId: string; now?: Date; batch?: number },
): Promise<MailMessage[]> {
  const lockedUntil = new Date(now.getTime() + MAIL_QUEUE.leaseMs);
  let ids: string[];
  if (engineOf(db) === 'postgresql') {
    // Prisma keeps DateTime as UTC "timestamp(3)"; the ISO strings compare as such.
    const rows = await db.$queryRaw<{ id: string }[]>`
      UPDATE "MailMessage"
      SET "status" = 'sending', "claimedBy" = ${serverId}, "attempts" = "attempts" + 1,
          "lockedUntil" = ${lockedUntil.toISOString()}::timestamp(3)
      WHERE "id" IN (
        SELECT "id" FROM "MailMessage"
        WHERE ("status" = 'pending' AND "nextAttemptAt" <= ${now.toISOString()}::timestamp(3))
           OR ("status" = 'sending' AND "lockedUntil" < ${now.toISOString()}::timestamp(3))
        ORDER BY "nextAttemptAt"
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id"`;
    ids = rows.map((row) => row.id);
  } else {
    const candidates = await db.mailMessage.findMany({
      where: dueWhere(now),
      orderBy: { nextAttemptAt: 'asc' },
      take: batch,
      select: { id: true },
    });
    ids = [];
    for (const { id } of candidates) {
      // Only one writer at a time on SQLite: the first server to run this UPDATE wins the row.
      const { count } = await db.mailMessage.updateMany({
        where: { id, ...dueWhere(now) },
        data: { status: 'sending', claimedBy: serverId, lockedUntil, attempts: { increment: 1 } },
      });
      if (count === 1) ids.push(id);
    }
  }
  if (ids.length === 0) return [];
  return db.mailMessage.findMany({
    where: { id: { in: ids }, claimedBy: serverId, status: 'sending' },
    orderBy: { nextAttemptAt: 'asc' },
  });
}

export interface QueueRun {
  sent: number;
  retried: number;
  failed: number;
  expired: number;
}

/** One pass of the worker: claim what is due, send it, record the outcome. */
export async function processMailQueue(
  db: PrismaClient,
  transport: MailTransport,
  { serverId, now = new Date(), random }: { serverId: string; now?: Date; random?: () => number },
): Promise<QueueRun> {
  const run: QueueRun = { sent: 0, retried: 0, failed: 0, expired: 0 };
  for (const message of await claimDueMail(db, { serverId, now })) {
    const mine = { id: message.id, claimedBy: serverId, status: 'sending' };
    const erased = message.kind === 'sign-in' ? ERASED : {};
    if (message.expiresAt && message.expiresAt <= now) {
      await db.mailMessage.updateMany({
        where: mine,
        data: { status: 'expired', lockedUntil: null, ...erased },
      });
      run.expired++;
      continue;
    }
    try {
      await transport.send(message);
    } catch (error) {
      const giveUp = message.attempts >= MAIL_QUEUE.maxAttempts;
      await db.mailMessage.updateMany({
        where: mine,
        data: {
          status: giveUp ? 'failed' : 'pending',
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts, random)),
          claimedBy: null,
          lockedUntil: null,
          lastError: String((error as Error).message ?? error).slice(0, 500),
          ...(giveUp ? erased : {}),
        },
      });
      if (giveUp) run.failed++;
      else run.retried++;
      continue;
    }
    await db.mailMessage.updateMany({
      where: mine,
      data: { status: 'sent', sentAt: new Date(), lockedUntil: null, lastError: null, ...erased },
    });
    run.sent++;
  }
  return run;
}

/** The worker's housekeeping: old rate-limit windows and long-finished mail. */
export async function pruneOldRows(
  db: PrismaClient,
  now: Date = new Date(),
): Promise<{ rateLimitWindows: number; mail: number }> {
  const windows = await db.rateLimitWindow.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - MAIL_QUEUE.keepRateLimitWindowsMs) } },
  });
  const mail = await db.mailMessage.deleteMany({
    where: {
      status: { in: ['sent', 'expired', 'failed'] },
      createdAt: { lt: new Date(now.getTime() - MAIL_QUEUE.keepFinishedMailMs) },
    },
  });
  return { rateLimitWindows: windows.count, mail: mail.count };
}

/** A name for this server in `claimedBy`: host, process and a random part. */
export function newServerId(): string {
  return `${process.env.HOSTNAME ?? 'app'}:${process.pid}:${randomUUID().slice(0, 8)}`;
}
