import { currentUser } from '@/lib/auth';
import { reportComment } from '@/lib/community/comments';
import { commentReportSchema } from '@/lib/community/schemas';
import { apiError, errorResponse, parseJsonInput } from '@/lib/http';

/** POST /api/comments/:id/report { reason } — flags a comment for moderators. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in to report comments');
  const parsed = await parseJsonInput(request, commentReportSchema);
  if (!parsed.ok) return parsed.response;
  const result = await reportComment(user, (await params).id, parsed.value.reason);
  return result.ok ? Response.json({ ok: true }, { status: 201 }) : errorResponse(result.error);
}
