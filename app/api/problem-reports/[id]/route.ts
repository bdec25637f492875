import { currentUser } from '@/lib/auth';
import { setProblemStatus } from '@/lib/community/problem-reports';
import { firstIssue, problemStatusSchema } from '@/lib/community/schemas';
import { apiError, invalidInput, readJsonBody } from '@/lib/http';

/** PATCH /api/problem-reports/:id { status } — moderators move a report through new, in progress, done. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in first');
  if (user.role !== 'moderator') return apiError(403, 'forbidden', 'moderators only');
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = problemStatusSchema.safeParse(body.value);
  if (!parsed.success) return invalidInput(firstIssue(parsed.error));
  if (!(await setProblemStatus((await params).id, parsed.data.status))) return apiError(404, 'not_found', 'no such report');
  return Response.json({ status: parsed.data.status });
}
