import { currentUser } from '@/lib/auth';
import { createProblemReport } from '@/lib/community/problem-reports';
import { firstIssue, problemReportSchema } from '@/lib/community/schemas';
import { errorResponse, invalidInput, readJsonBody } from '@/lib/http';
import { clientIp } from '@/lib/request-ip';

/** POST /api/problem-reports — "report a problem", signed in or not. */
export async function POST(request: Request) {
  const body = await readJsonBody(request, 16 * 1024);
  if (!body.ok) return body.response;
  const parsed = problemReportSchema.safeParse(body.value);
  if (!parsed.success) return invalidInput(firstIssue(parsed.error));
  const user = await currentUser();
  const result = await createProblemReport(parsed.data, { ip: clientIp(request.headers), reporterId: user?.id });
  if (!result.ok) return errorResponse({ status: 429, code: 'rate_limited', message: 'too many reports from this address', resetAt: result.resetAt.toISOString() });
  return Response.json({ id: result.id }, { status: 201 });
}
