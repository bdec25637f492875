import os from 'node:os';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mailTransport } from '@/lib/mail/transport';
import { createPrismaClient } from '@/lib/db/client';
import {
  MAIL_QUEUE,
  claimDueMail,
  enqueueMail,
  processMailQueue,
  pruneOldRows,
  retryDelayMs,
  type QueuedMail,
} from '@/lib/mail/queue';
import { startMailWorker } from '@/lib/mail/worker';
import { startSmtpServer } from '../../support/smtp';
import { databaseForThisFile, engine } from '../../support/test-database';

// Two clients on one database stand for two app servers; the SMTP server is real.
const database = await databaseForThisFile();
const serverA = createPrismaClient(database.url);
const serverB = createPrismaClient(database.url);
const smtp = await startSmtpServer();
const transport = mailTransport({
  smtpUrl: smtp.url,
  from: 'Stream <no-reply@stream.test>',
  dataDir: os.tmpdir(),
});
afterAll(async () => {
  await Promise.all([serverA.$disconnect(), serverB.$disconnect(), smtp.stop()]);
});

const mail = (subject: string, extra: Partial<QueuedMail> = {}): QueuedMail => ({
  kind: 'reply',
  to: 'learner@example.com',
  subject,
  text: `${subject} text`,
  html: `<p>${subject}</p>`,
  url: 'http://localhost:3000/courses/x#comment-1',
  ...extra,
});
const receivedSubjects = () => smtp.received.map((message) => message.subject);

beforeEach(async () => {
  await serverA.mailMessage.deleteMany();
  smtp.received.length = 0;
});

describe(`the mail queue on ${engine}`, () => {
  it('sends a queued message once, marks it sent, and erases a sign-in link after sending', async () => {
    await enqueueMail(serverA, mail('reply-1'));
    await enqueueMail(
      serverA,
      mail('sign-in-1', { kind: 'sign-in', text: 'sign in: tok-secret-123' }),
    );
    expect(await processMailQueue(serverA, transport, { serverId: 'a' })).toEqual({
      sent: 2,
      retried: 0,
      failed: 0,
      expired: 0,
    });
    expect(receivedSubjects().sort()).toEqual(['reply-1', 'sign-in-1']);
    expect(smtp.received.find((m) => m.subject === 'sign-in-1')?.raw).toContain('tok-secret-123');
    expect(await processMailQueue(serverB, transport, { serverId: 'b' })).toMatchObject({
      sent: 0,
    });
    expect(smtp.received).toHaveLength(2);

    const rows = await serverA.mailMessage.findMany({ orderBy: { subject: 'asc' } });
    expect(rows).toMatchObject([
      { subject: 'reply-1', status: 'sent', attempts: 1, text: 'reply-1 text' },
      { subject: 'sign-in-1', status: 'sent', attempts: 1, text: '', html: '', url: '' },
    ]);
    expect(rows.every((row) => row.sentAt instanceof Date && row.lockedUntil === null)).toBe(true);
  });

  it('two app servers draining the queue at once send every message exactly once', async () => {
    for (let i = 0; i < 30; i++) await enqueueMail(i % 2 ? serverA : serverB, mail(`m-${i}`));
    const workers = [
      startMailWorker({ db: serverA, transport, pollMs: 20, serverId: 'a', log: () => {} }),
      startMailWorker({ db: serverB, transport, pollMs: 20, serverId: 'b', log: () => {} }),
    ];
    try {
      await expect.poll(() => smtp.received.length, { timeout: 15_000 }).toBe(30);
      // A little longer: nothing more arrives.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    expect(receivedSubjects().sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `m-${i}`).sort(),
    );
    expect(await serverA.mailMessage.count({ where: { status: 'sent', attempts: 1 } })).toBe(30);
  });

  it('while SMTP is down a message waits with backoff, then goes out once SMTP is back', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    await serverA.mailMessage.create({ data: { ...mail('retry-me'), nextAttemptAt: now } });
    await smtp.down();
    try {
      expect(
        await processMailQueue(serverA, transport, { serverId: 'a', now, random: () => 0 }),
      ).toMatchObject({
        retried: 1,
      });
    } finally {
      await smtp.up();
    }
    const waiting = await serverA.mailMessage.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, claimedBy: null });
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMs(1, () => 0));

    // Not due yet: no server touches it.
    const soon = new Date(now.getTime() + 1_000);
    expect(await processMailQueue(serverB, transport, { serverId: 'b', now: soon })).toMatchObject({
      sent: 0,
      retried: 0,
    });
    expect(smtp.received).toHaveLength(0);

    const later = new Date(now.getTime() + 60_000);
    expect(await processMailQueue(serverB, transport, { serverId: 'b', now: later })).toMatchObject(
      { sent: 1 },
    );
    expect(receivedSubjects()).toEqual(['retry-me']);
    expect(await serverA.mailMessage.findFirstOrThrow()).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });
  });

  it('backs off exponentially, with jitter, up to a cap', () => {
    expect(retryDelayMs(1, () => 1)).toBe(5_000);
    expect(retryDelayMs(2, () => 1)).toBe(10_000);
    expect(retryDelayMs(4, () => 1)).toBe(40_000);
    expect(retryDelayMs(3, () => 0)).toBe(10_000);
    expect(retryDelayMs(50, () => 1)).toBe(MAIL_QUEUE.maxBackoffMs);
  });

  it('a server that dies holding a message loses it to another server after its lease, and it is sent once', async () => {
    const now = new Date('2026-12-01T11:00:00Z');
    await serverA.mailMessage.create({ data: { ...mail('orphan'), nextAttemptAt: now } });
    // Server A claims it and dies before sending.
    expect(await claimDueMail(serverA, { serverId: 'a', now })).toHaveLength(1);
    expect(
      await processMailQueue(serverB, transport, {
        serverId: 'b',
        now: new Date(now.getTime() + 1_000),
      }),
    ).toMatchObject({ sent: 0 });
    const afterLease = new Date(now.getTime() + MAIL_QUEUE.leaseMs + 1_000);
    expect(
      await processMailQueue(serverB, transport, { serverId: 'b', now: afterLease }),
    ).toMatchObject({ sent: 1 });
    expect(receivedSubjects()).toEqual(['orphan']);
    expect(await serverA.mailMessage.findFirstOrThrow()).toMatchObject({
      status: 'sent',
      claimedBy: 'b',
    });
  });

  it('never sends a sign-in link after it expired, and gives up after the last attempt', async () => {
    const now = new Date('2026-12-01T12:00:00Z');
    await serverA.mailMessage.create({
      data: {
        ...mail('stale-link', { kind: 'sign-in' }),
        nextAttemptAt: now,
        expiresAt: new Date(now.getTime() - 1),
      },
    });
    await serverA.mailMessage.create({
      data: { ...mail('hopeless'), nextAttemptAt: now, attempts: MAIL_QUEUE.maxAttempts - 1 },
    });
    await smtp.down();
    try {
      expect(await processMailQueue(serverA, transport, { serverId: 'a', now })).toMatchObject({
        expired: 1,
        failed: 1,
      });
    } finally {
      await smtp.up();
    }
    expect(
      await processMailQueue(serverA, transport, {
        serverId: 'a',
        now: new Date(now.getTime() + 86_400_000),
      }),
    ).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(0);
    const rows = await serverA.mailMessage.findMany({ orderBy: { subject: 'asc' } });
    expect(rows).toMatchObject([
      { subject: 'hopeless', status: 'failed', attempts: MAIL_QUEUE.maxAttempts },
      { subject: 'stale-link', status: 'expired', text: '', url: '' },
    ]);
  });

  it('a worker woken after a message is queued sends it without waiting for its next poll', async () => {
    const worker = startMailWorker({ db: serverA, transport, pollMs: 60_000, serverId: 'a' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // its first pass found nothing
      await enqueueMail(serverB, mail('wake-up'));
      worker.wake();
      await expect.poll(() => receivedSubjects(), { timeout: 5_000 }).toEqual(['wake-up']);
    } finally {
      await worker.stop();
    }
  });

  it('prunes rate-limit windows older than a day and mail finished long ago', async () => {
    const now = new Date('2026-12-10T00:00:00Z');
    await serverA.rateLimitWindow.createMany({
      data: [
        { key: 'old', windowStart: new Date('2026-12-08T00:00:00Z'), count: 3 },
        { key: 'current', windowStart: new Date('2026-12-09T23:00:00Z'), count: 1 },
      ],
    });
    await serverA.mailMessage.create({
      data: { ...mail('ancient'), status: 'sent', createdAt: new Date('2026-10-01T00:00:00Z') },
    });
    await serverA.mailMessage.create({
      data: { ...mail('ancient but pending'), createdAt: new Date('2026-10-01T00:00:00Z') },
    });
    expect(await pruneOldRows(serverB, now)).toEqual({ rateLimitWindows: 1, mail: 1 });
    expect((await serverA.rateLimitWindow.findMany()).map((row) => row.key)).toEqual(['current']);
    expect((await serverA.mailMessage.findMany()).map((row) => row.subject)).toEqual([
      'ancient but pending',
    ]);
  });
});
