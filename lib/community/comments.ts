import 'server-only';
import type { CommentView, Order } from './views';
import type { SessionUser } from '@/lib/auth';
import type { Role } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { hitRateLimit } from '@/lib/limits/rate-limit';
import { wakeMailWorker } from '@/lib/mail/app-worker';
import { displayName } from './display-name';
import { notifyAboutComment } from './notifications';

export type CommunityError = {
  status: 400 | 401 | 403 | 404 | 409 | 429;
  code: string;
  message: string;
  field?: string;
  resetAt?: string;
};

type Viewer = { id: string; role: Role } | null;

/** The lesson's thread as this viewer may see it, and the public count. */
export async function listComments(
  lessonId: string,
  viewer: Viewer,
  order: Order,
): Promise<{ count: number; comments: CommentView[] }> {
  const rows = await db.comment.findMany({
    where: { lessonId },
    orderBy: { createdAt: 'asc' },
    include: { author: { select: { id: true, name: true } } },
  });
  const canSee = (row: (typeof rows)[number]) =>
    !row.hiddenAt || viewer?.role === 'moderator' || (viewer && row.authorId === viewer.id);
  const toView = (row: (typeof rows)[number]): CommentView => ({
    id: row.id,
    parentId: row.parentId,
    authorName: displayName(row.author),
    body: row.deletedAt ? '' : row.body,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deleted: row.deletedAt !== null,
    hidden: row.hiddenAt !== null,
    mine: viewer !== null && row.authorId === viewer.id,
    replies: [],
  });

  const replies = new Map<string, CommentView[]>();
  for (const row of rows) {
    if (!row.parentId || !canSee(row) || row.deletedAt) continue;
    replies.set(row.parentId, [...(replies.get(row.parentId) ?? []), toView(row)]);
  }
  const top = rows
    .filter((row) => !row.parentId && canSee(row))
    .map((row) => ({ ...toView(row), replies: replies.get(row.id) ?? [] }))
    // A deleted comment stays as a placeholder only while replies hang from it.
    .filter((view) => !view.deleted || view.replies.length > 0);
  if (order === 'newest') top.reverse();

  const count = rows.filter((row) => !row.deletedAt && !row.hiddenAt).length;
  return { count, comments: top };
}

/** Public comment counts per lesson (not deleted, not hidden). */
export async function commentCounts(lessonIds: string[]): Promise<Record<string, number>> {
  const groups = await db.comment.groupBy({
    by: ['lessonId'],
    where: { lessonId: { in: lessonIds }, deletedAt: null, hiddenAt: null },
    _count: { _all: true },
  });
  return Object.fromEntries(
    lessonIds.map((id) => [id, groups.find((group) => group.lessonId === id)?._count._all ?? 0]),
  );
}

const MINUTE = 60_000;

export async function createComment(
  user: SessionUser,
  input: { lessonId: string; body: string; parentId?: string },
): Promise<{ ok: true; id: string } | { ok: false; error: CommunityError }> {
  const lesson = await db.lesson.findUnique({ where: { id: input.lessonId } });
  if (!lesson || lesson.status !== 'published')
    return {
      ok: false,
      error: {
        status: 404,
        code: 'lesson_not_found',
        message: 'no such lesson',
        field: 'lessonId',
      },
    };
  if (input.parentId) {
    const parent = await db.comment.findUnique({ where: { id: input.parentId } });
    if (!parent || parent.lessonId !== input.lessonId || parent.deletedAt || parent.hiddenAt) {
      return {
        ok: false,
        error: {
          status: 404,
          code: 'parent_not_found',
          message: 'the comment you reply to does not exist',
          field: 'parentId',
        },
      };
    }
    // One level of replies: answering a reply attaches to its top-level comment.
    if (parent.parentId) input = { ...input, parentId: parent.parentId };
  }
  const limit = await hitRateLimit(db, {
    key: `comment:user:${user.id}`,
    limit: 5,
    windowMs: MINUTE,
  });
  if (!limit.ok) {
    return {
      ok: false,
      error: {
        status: 429,
        code: 'rate_limited',
        message: 'at most 5 comments a minute',
        resetAt: limit.resetAt.toISOString(),
      },
    };
  }
  const { comment, mails } = await db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: {
        lessonId: input.lessonId,
        authorId: user.id,
        body: input.body,
        parentId: input.parentId ?? null,
      },
    });
    return { comment, ...(await notifyAboutComment(tx, comment.id)) };
  });
  if (mails > 0) wakeMailWorker();
  return { ok: true, id: comment.id };
}

/** The comment if this user wrote it; otherwise the error to answer (404, or 403 for someone else's). */
async function ownComment(
  user: SessionUser,
  id: string,
): Promise<{ ok: true } | { ok: false; error: CommunityError }> {
  const comment = await db.comment.findUnique({ where: { id } });
  if (!comment || comment.deletedAt)
    return { ok: false, error: { status: 404, code: 'not_found', message: 'no such comment' } };
  if (comment.authorId !== user.id)
    return {
      ok: false,
      error: { status: 403, code: 'forbidden', message: 'only the author can change this comment' },
    };
  return { ok: true };
}

export async function editComment(
  user: SessionUser,
  id: string,
  body: string,
): Promise<{ ok: true } | { ok: false; error: CommunityError }> {
  const found = await ownComment(user, id);
  if (!found.ok) return found;
  await db.comment.update({ where: { id }, data: { body, editedAt: new Date() } });
  return { ok: true };
}

/** Authors delete their own; the text goes, a placeholder stays while replies need it. */
export async function deleteComment(
  user: SessionUser,
  id: string,
): Promise<{ ok: true } | { ok: false; error: CommunityError }> {
  const found = await ownComment(user, id);
  if (!found.ok) return found;
  await db.comment.update({ where: { id }, data: { deletedAt: new Date(), body: '' } });
  return { ok: true };
}

export async function reportComment(
  user: SessionUser,
  id: string,
  reason: string,
): Promise<{ ok: true } | { ok: false; error: CommunityError }> {
  const comment = await db.comment.findUnique({ where: { id } });
  if (!comment || comment.deletedAt)
    return { ok: false, error: { status: 404, code: 'not_found', message: 'no such comment' } };
  const limit = await hitRateLimit(db, {
    key: `comment-report:user:${user.id}`,
    limit: 20,
    windowMs: 60 * MINUTE,
  });
  if (!limit.ok)
    return {
      ok: false,
      error: {
        status: 429,
        code: 'rate_limited',
        message: 'too many reports this hour',
        resetAt: limit.resetAt.toISOString(),
      },
    };
  await db.commentReport.upsert({
    where: { commentId_reporterId: { commentId: id, reporterId: user.id } },
    create: { commentId: id, reporterId: user.id, reason },
    update: { reason, resolvedAt: null },
  });
  return { ok: true };
}

/** Moderators hide or restore; either way the comment's open reports are resolved. */
export async function moderateComment(
  user: SessionUser,
  id: string,
  action: 'hide' | 'restore',
): Promise<{ ok: true } | { ok: false; error: CommunityError }> {
  if (user.role !== 'moderator')
    return { ok: false, error: { status: 403, code: 'forbidden', message: 'moderators only' } };
  const comment = await db.comment.findUnique({ where: { id } });
  if (!comment)
    return { ok: false, error: { status: 404, code: 'not_found', message: 'no such comment' } };
  await db.$transaction([
    db.comment.update({
      where: { id },
      data:
        action === 'hide'
          ? { hiddenAt: new Date(), hiddenById: user.id }
          : { hiddenAt: null, hiddenById: null },
    }),
    db.commentReport.updateMany({
      where: { commentId: id, resolvedAt: null },
      data: { resolvedAt: new Date() },
    }),
  ]);
  return { ok: true };
}

/** Open reports, newest first, with the reported comment (for the moderation page). */
export async function openCommentReports() {
  return db.commentReport.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: 'desc' },
    take: 200,
    include: { comment: { include: { author: { select: { id: true, name: true } } } } },
  });
}

/** Recently hidden comments, so a moderator can restore one. */
export async function hiddenComments() {
  return db.comment.findMany({
    where: { hiddenAt: { not: null } },
    orderBy: { hiddenAt: 'desc' },
    take: 100,
    include: { author: { select: { id: true, name: true } } },
  });
}
