import { currentUser } from '@/lib/auth';
import { moderateComment } from '@/lib/community/comments';
import { firstIssue, moderationSchema } from '@/lib/community/schemas';
import { apiError, errorResponse, invalidInput, readJsonBody } from '@/lib/http';

/** POST /api/comments/:id/moderation { action: hide|restore } — moderators only. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in first');
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = moderationSchema.safeParse(body.value);
  if (!parsed.success) return invalidInput(firstIssue(parsed.error));
  const result = await moderateComment(user, (await params).id, parsed.data.action);
  return result.ok ? Response.json({ ok: true }) : errorResponse(result.error);
}
