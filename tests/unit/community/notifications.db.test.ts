import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth';
import { databaseForThisFile, engine } from '../../support/test-database';

await databaseForThisFile();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-community-'));
process.env.STREAM_DATA_DIR = dataDir;

const { db } = await import('@/lib/db');
const { mailTransport } = await import('@/lib/mail/transport');
const { processMailQueue } = await import('@/lib/mail/queue');
const comments = await import('@/lib/community/comments');
const notifications = await import('@/lib/community/notifications');

const LESSON = 'gemini-in-production/cost-routing';
let author: SessionUser;
let replier: SessionUser;
let follower: SessionUser;

const outbox = () => {
  const file = path.join(dataDir, 'outbox.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { to: string; subject: string });
};

beforeAll(async () => {
  const make = async (email: string): Promise<SessionUser> => ({
    ...(await db.user.create({ data: { email }, select: { id: true, email: true } })),
    role: 'learner',
  });
  author = await make('author@example.com');
  replier = await make('replier@example.com');
  follower = await make('follower@example.com');
});
afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe(`replies and followers on ${engine}`, () => {
  it('following a thread from several tabs at once leaves one follow', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => notifications.setFollowing(follower.id, LESSON, true)),
    );
    expect(results).toEqual(Array(6).fill(true));
    expect(await db.threadFollow.count({ where: { userId: follower.id } })).toBe(1);
    expect(await notifications.isFollowing(follower.id, LESSON)).toBe(true);
  });

  it('a reply reaches the bell and the mail of the person replied to and of followers, once', async () => {
    const top = await comments.createComment(author, { lessonId: LESSON, body: '첫 댓글' });
    expect(top.ok).toBe(true);
    if (!top.ok) return;
    const reply = await comments.createComment(replier, {
      lessonId: LESSON,
      body: '답글입니다',
      parentId: top.id,
    });
    expect(reply.ok).toBe(true);

    const bell = await notifications.listNotifications(author.id);
    expect(bell.unread).toBe(1);
    expect(bell.items).toMatchObject([{ kind: 'reply', excerpt: '답글입니다' }]);
    const followerBell = await notifications.listNotifications(follower.id);
    expect(followerBell.items.map((item) => item.kind)).toEqual(['thread', 'thread']);
    // The replier is not notified about their own reply.
    expect((await notifications.listNotifications(replier.id)).unread).toBe(0);

    // The e-mails were queued with the comment; the worker's pass sends them.
    expect(await db.mailMessage.count({ where: { status: 'pending' } })).toBe(3);
    const transport = mailTransport({ from: 'Stream <t@example.com>', dataDir });
    expect(await processMailQueue(db, transport, { serverId: 'test' })).toMatchObject({ sent: 3 });
    expect(await processMailQueue(db, transport, { serverId: 'test' })).toMatchObject({ sent: 0 });
    const mails = outbox();
    expect(mails.filter((mail) => mail.to === author.email)).toHaveLength(1);
    expect(mails.filter((mail) => mail.to === follower.email)).toHaveLength(2);
    expect(mails.filter((mail) => mail.to === replier.email)).toHaveLength(0);

    await notifications.markNotificationsRead(author.id, 'all');
    expect((await notifications.listNotifications(author.id)).unread).toBe(0);
    expect(await comments.commentCounts([LESSON])).toEqual({ [LESSON]: 2 });
  });

  it('a comment whose transaction fails leaves no bell entry and no queued e-mail', async () => {
    const before = await db.mailMessage.count();
    const top = await db.comment.findFirstOrThrow({ where: { authorId: author.id } });
    await expect(
      db.$transaction(async (tx) => {
        const reply = await tx.comment.create({
          data: { lessonId: LESSON, authorId: replier.id, parentId: top.id, body: '사라질 답글' },
        });
        expect(await notifications.notifyAboutComment(tx, reply.id)).toEqual({ mails: 2 });
        throw new Error('the request failed after the notifications were written');
      }),
    ).rejects.toThrow(/request failed/);
    expect(await db.mailMessage.count()).toBe(before);
    expect(await db.comment.count({ where: { body: '사라질 답글' } })).toBe(0);
    expect((await notifications.listNotifications(author.id)).items).toHaveLength(1);
  });
});
