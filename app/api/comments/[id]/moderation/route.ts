import { currentUser } from '@/lib/auth';
import { moderateComment } from '@/lib/community/comments';
import { moderationSchema } from '@/lib/community/schemas';
import { apiError, errorResponse, parseJsonInput } from '@/lib/http';

/** POST /api/comments/:id/moderation { action: hide|restore } — moderators only. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in first');
  const parsed = await parseJsonInput(request, moderationSchema);
  if (!parsed.ok) return parsed.response;
  const result = await moderateComment(user, (await params).id, parsed.value.action);
  return result.ok ? Response.json({ ok: true }) : errorResponse(result.error);
}
