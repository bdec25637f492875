import { z } from 'zod';
import { COMMENT_MAX_CHARS, CONTACT_MAX_CHARS, PROBLEM_KINDS, REPORT_MAX_CHARS } from './limits';

const commentBody = z
  .string({ error: 'body must be a string' })
  .trim()
  .min(1, { error: 'body must not be empty' })
  .max(COMMENT_MAX_CHARS, { error: `body must be at most ${COMMENT_MAX_CHARS} characters` });

export const newCommentSchema = z.object({
  lessonId: z
    .string({ error: 'lessonId is required' })
    .min(1, { error: 'lessonId must not be empty' })
    .max(200, { error: 'lessonId must be at most 200 characters' }),
  body: commentBody,
  parentId: z
    .string({ error: 'parentId must be a string' })
    .min(1, { error: 'parentId must not be empty' })
    .max(100, { error: 'parentId must be at most 100 characters' })
    .optional(),
});

export const editCommentSchema = z.object({ body: commentBody });

export const commentReportSchema = z.object({
  reason: z
    .string({ error: 'reason is required' })
    .trim()
    .min(1, { error: 'reason must not be empty' })
    .max(500, { error: 'reason must be at most 500 characters' }),
});

export const moderationSchema = z.object({
  action: z.enum(['hide', 'restore'], { error: 'action must be hide or restore' }),
});

export const problemReportSchema = z.object({
  kind: z.enum(PROBLEM_KINDS, {
    error: 'kind must be one of typo, wrong-fact, broken-code, other',
  }),
  message: z
    .string({ error: 'message is required' })
    .trim()
    .min(1, { error: 'message must not be empty' })
    .max(REPORT_MAX_CHARS, { error: `message must be at most ${REPORT_MAX_CHARS} characters` }),
  contact: z
    .string({ error: 'contact must be a string' })
    .trim()
    .max(CONTACT_MAX_CHARS, { error: `contact must be at most ${CONTACT_MAX_CHARS} characters` })
    .optional(),
  pageUrl: z
    .string({ error: 'pageUrl is required' })
    .max(500, { error: 'pageUrl must be at most 500 characters' })
    .regex(/^\//, { error: 'pageUrl must be a path on this site' }),
  lessonId: z
    .string({ error: 'lessonId must be a string' })
    .max(200, { error: 'lessonId must be at most 200 characters' })
    .optional(),
});

export const problemStatusSchema = z.object({
  status: z.enum(['new', 'in-progress', 'done'], {
    error: 'status must be new, in-progress or done',
  }),
});
