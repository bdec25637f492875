/**
 * What the community APIs send to the browser: view types only, safe for
 * client components (the server code in comments.ts and notifications.ts
 * builds them).
 */

export interface CommentView {
  id: string;
  parentId: string | null;
  authorName: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** Only the author and moderators ever receive hidden comments, marked so. */
  hidden: boolean;
  mine: boolean;
  replies: CommentView[];
}

export type Order = 'newest' | 'oldest';

export interface NotificationView {
  id: string;
  kind: 'reply' | 'thread';
  lessonId: string;
  commentId: string;
  authorName: string;
  excerpt: string;
  createdAt: string;
  read: boolean;
}
