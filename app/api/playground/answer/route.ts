import { currentUser } from '@/lib/auth';
import { admitModelCall, streamModelAnswer } from '@/lib/playground/model-call';
import { clientIp } from '@/lib/request-ip';
import { errorResponse, readJsonBody } from '@/lib/http';
import { ROUTE_REQUEST_MAX_BYTES, parseRouteRequest } from '@/lib/router';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Streams a real model answer for the playground (NDJSON). Every limit that
 * protects the key is checked first; a refusal names the limit and when it resets.
 */
export async function POST(request: Request) {
  // Cookie-authenticated and it spends money: JSON only (no cross-site form posts).
  const body = await readJsonBody(request, ROUTE_REQUEST_MAX_BYTES);
  if (!body.ok) return body.response;
  const parsed = parseRouteRequest(body.value);
  if (!parsed.ok) return Response.json(parsed.error, { status: 400 });

  const user = await currentUser();
  const admission = await admitModelCall(parsed.value, {
    ip: clientIp(request.headers),
    userId: user?.id ?? null,
  });
  if (!admission.ok)
    return errorResponse({ status: admission.refusal.status, ...admission.refusal.error });
  return new Response(streamModelAnswer(parsed.value, admission.reservation, request.signal), {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    },
  });
}
