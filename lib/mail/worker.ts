import type { MailTransport } from '@/lib/mail/transport';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { MAIL_QUEUE, newServerId, processMailQueue, pruneOldRows } from './queue';

export interface MailWorker {
  /** Look at the queue now (after queueing a message) instead of at the next poll. */
  wake(): void;
  /** Stops polling; resolves once a pass in progress has finished. */
  stop(): Promise<void>;
}

/**
 * The loop every app server runs: a pass over the queue every `pollMs`, at
 * once when woken, and again straight away while passes come back full. A
 * pass never overlaps the previous one in the same server; other servers
 * run theirs concurrently, and the queue's claims keep them apart.
 */
export function startMailWorker({
  db,
  transport,
  pollMs = 1_000,
  pruneEveryMs = 10 * 60_000,
  serverId = newServerId(),
  log = (message: string) => console.error(`[mail] ${message}`),
}: {
  db: PrismaClient;
  transport: MailTransport;
  pollMs?: number;
  pruneEveryMs?: number;
  serverId?: string;
  log?: (message: string) => void;
}): MailWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let lastPrune = 0;

  function schedule(ms: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    // Never keeps a process alive on its own (scripts, tests, shutdown).
    timer.unref();
  }

  async function pass() {
    do {
      again = false;
      const run = await processMailQueue(db, transport, { serverId });
      if (run.retried) log(`${run.retried} message(s) will be retried (SMTP failed)`);
      if (run.failed)
        log(`${run.failed} message(s) given up after ${MAIL_QUEUE.maxAttempts} attempts`);
      if (run.sent + run.retried + run.failed + run.expired >= MAIL_QUEUE.batch) again = true;
    } while (again && !stopped);
    if (Date.now() - lastPrune >= pruneEveryMs) {
      lastPrune = Date.now();
      await pruneOldRows(db);
    }
  }

  function tick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch((error: unknown) => log(`queue pass failed: ${(error as Error).message}`))
      .finally(() => {
        running = undefined;
        schedule(pollMs);
      });
  }

  schedule(0);
  return {
    wake: () => schedule(0),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
