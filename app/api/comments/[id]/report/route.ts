import { currentUser } from '@/lib/auth';
import { reportComment } from '@/lib/community/comments';
import { commentReportSchema, firstIssue } from '@/lib/community/schemas';
import { apiError, errorResponse, invalidInput, readJsonBody } from '@/lib/http';

/** POST /api/comments/:id/report { reason } — flags a comment for moderators. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in to report comments');
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = commentReportSchema.safeParse(body.value);
  if (!parsed.success) return invalidInput(firstIssue(parsed.error));
  const result = await reportComment(user, (await params).id, parsed.data.reason);
  return result.ok ? Response.json({ ok: true }, { status: 201 }) : errorResponse(result.error);
}
