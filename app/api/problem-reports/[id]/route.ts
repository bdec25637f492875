import { currentUser } from '@/lib/auth';
import { setProblemStatus } from '@/lib/community/problem-reports';
import { problemStatusSchema } from '@/lib/community/schemas';
import { apiError, parseJsonInput } from '@/lib/http';

/** PATCH /api/problem-reports/:id { status } — moderators move a report through new, in progress, done. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in first');
  if (user.role !== 'moderator') return apiError(403, 'forbidden', 'moderators only');
  const parsed = await parseJsonInput(request, problemStatusSchema);
  if (!parsed.ok) return parsed.response;
  if (!(await setProblemStatus((await params).id, parsed.value.status)))
    return apiError(404, 'not_found', 'no such report');
  return Response.json({ status: parsed.value.status });
}
