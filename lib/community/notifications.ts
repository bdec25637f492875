import 'server-only';
import type { NotificationView } from './views';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { db } from '@/lib/db';
import { createUnlessExists } from '@/lib/db/unique';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/queue';
import { displayName } from './display-name';

function unsubscribeToken(userId: string): string {
  return createHmac('sha256', resolveAuthSecret(env.AUTH_SECRET, env.STREAM_DATA_DIR))
    .update(`unsubscribe:${userId}`)
    .digest('base64url');
}

/** The link in every notification e-mail that turns reply e-mails off without signing in. */
export function unsubscribeUrl(userId: string): string {
  return `${env.STREAM_SITE_URL}/api/notifications/unsubscribe?u=${encodeURIComponent(userId)}&t=${unsubscribeToken(userId)}`;
}

export async function unsubscribeByToken(userId: string, token: string): Promise<boolean> {
  const expected = Buffer.from(unsubscribeToken(userId));
  const given = Buffer.from(token);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  const { count } = await db.user.updateMany({
    where: { id: userId },
    data: { emailNotifications: false },
  });
  return count === 1;
}

/**
 * A new comment notifies the person it replies to and the thread's
 * followers, never its own author: in the bell, and by e-mail for those who
 * keep e-mails on. Runs inside the transaction that writes the comment, so
 * the comment, its bell entries and its queued e-mails (lib/mail/queue.ts)
 * are written together or not at all.
 */
export async function notifyAboutComment(
  tx: Prisma.TransactionClient,
  commentId: string,
): Promise<{ mails: number }> {
  const comment = await tx.comment.findUnique({
    where: { id: commentId },
    include: { parent: { select: { authorId: true } } },
  });
  if (!comment) return { mails: 0 };
  const recipients = new Map<string, 'reply' | 'thread'>();
  if (comment.parent?.authorId && comment.parent.authorId !== comment.authorId)
    recipients.set(comment.parent.authorId, 'reply');
  const followers = await tx.threadFollow.findMany({
    where: { lessonId: comment.lessonId },
    select: { userId: true },
  });
  for (const { userId } of followers)
    if (userId !== comment.authorId && !recipients.has(userId)) recipients.set(userId, 'thread');
  if (recipients.size === 0) return { mails: 0 };

  // A new comment has no notifications yet: plain inserts (a failed one would abort the transaction).
  for (const [userId, kind] of recipients)
    await tx.notification.create({ data: { userId, commentId, kind } });
  const users = await tx.user.findMany({
    where: { id: { in: [...recipients.keys()] }, emailNotifications: true },
    select: { id: true, email: true },
  });
  const link = `${env.STREAM_SITE_URL}/courses/${comment.lessonId}#comment-${comment.id}`;
  const excerpt = comment.body.length > 200 ? `${comment.body.slice(0, 200)}…` : comment.body;
  for (const user of users) {
    const reply = recipients.get(user.id) === 'reply';
    const subject = reply
      ? 'Stream: 내 댓글에 답글이 달렸어요'
      : 'Stream: 팔로우한 스레드에 새 댓글';
    await enqueueMail(tx, {
      kind: 'reply',
      to: user.email,
      subject,
      url: link,
      text: `${excerpt}\n\n${link}\n\n알림 메일 끄기: ${unsubscribeUrl(user.id)}\n`,
      // The excerpt is user text: it goes in as text only, never as HTML.
      html: `<p>${escapeHtml(excerpt)}</p><p><a href="${link}">${escapeHtml(link)}</a></p><p><a href="${unsubscribeUrl(user.id)}">알림 메일 끄기 / Unsubscribe</a></p>`,
    });
  }
  return { mails: users.length };
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

export async function listNotifications(
  userId: string,
): Promise<{ unread: number; items: NotificationView[]; emailNotifications: boolean }> {
  const [rows, unread, user] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      take: 30,
      include: { comment: { include: { author: { select: { id: true, name: true } } } } },
    }),
    db.notification.count({ where: { userId, readAt: null } }),
    db.user.findUnique({ where: { id: userId }, select: { emailNotifications: true } }),
  ]);
  return {
    unread,
    emailNotifications: user?.emailNotifications ?? false,
    items: rows
      .filter((row) => !row.comment.deletedAt && !row.comment.hiddenAt)
      .map((row) => ({
        id: row.id,
        kind: row.kind === 'reply' ? 'reply' : 'thread',
        lessonId: row.comment.lessonId,
        commentId: row.commentId,
        authorName: displayName(row.comment.author),
        excerpt: row.comment.body.slice(0, 140),
        createdAt: row.createdAt.toISOString(),
        read: row.readAt !== null,
      })),
  };
}

/**
 * Marks the learner's notifications read: all of them, or the given ids.
 * Ids that are not this learner's notifications change nothing and are
 * reported back, so nobody can probe or touch another learner's bell.
 */
export async function markNotificationsRead(
  userId: string,
  ids: string[] | 'all',
): Promise<{ ok: true } | { ok: false; unknownIds: string[] }> {
  if (ids !== 'all') {
    const wanted = [...new Set(ids)];
    const owned = await db.notification.findMany({
      where: { userId, id: { in: wanted } },
      select: { id: true },
    });
    const ownedIds = new Set(owned.map((row) => row.id));
    const unknownIds = wanted.filter((id) => !ownedIds.has(id));
    if (unknownIds.length > 0) return { ok: false, unknownIds };
  }
  await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids === 'all' ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return { ok: true };
}

export async function setEmailNotifications(userId: string, on: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { emailNotifications: on } });
}

export async function setFollowing(
  userId: string,
  lessonId: string,
  follow: boolean,
): Promise<boolean> {
  const lesson = await db.lesson.findUnique({ where: { id: lessonId } });
  if (!lesson) return false;
  if (follow) {
    await createUnlessExists(() => db.threadFollow.create({ data: { userId, lessonId } }));
  } else {
    await db.threadFollow.deleteMany({ where: { userId, lessonId } });
  }
  return true;
}

export async function isFollowing(userId: string, lessonId: string): Promise<boolean> {
  return (await db.threadFollow.count({ where: { userId, lessonId } })) > 0;
}
