import { currentUser } from '@/lib/auth';
import { createProblemReport } from '@/lib/community/problem-reports';
import { problemReportSchema } from '@/lib/community/schemas';
import { errorResponse, parseJsonInput } from '@/lib/http';
import { clientIp } from '@/lib/request-ip';

/** POST /api/problem-reports — "report a problem", signed in or not. */
export async function POST(request: Request) {
  const parsed = await parseJsonInput(request, problemReportSchema, 16 * 1024);
  if (!parsed.ok) return parsed.response;
  const user = await currentUser();
  const result = await createProblemReport(parsed.value, {
    ip: clientIp(request.headers),
    reporterId: user?.id,
  });
  if (!result.ok)
    return errorResponse({
      status: 429,
      code: 'rate_limited',
      message: 'too many reports from this address',
      resetAt: result.resetAt.toISOString(),
    });
  return Response.json({ id: result.id }, { status: 201 });
}
