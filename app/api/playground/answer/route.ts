import { currentUser } from '@/lib/auth';
import { admitModelCall, streamModelAnswer } from '@/lib/playground/model-call';
import { clientIp } from '@/lib/request-ip';
import { parseRouteRequest, routeError } from '@/lib/router';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Streams a real model answer for the playground (NDJSON). Every limit that
 * protects the key is checked first; a refusal names the limit and when it resets.
 */
export async function POST(request: Request) {
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) {
    return Response.json(routeError('body_too_large', `request body must be at most ${MAX_BODY_BYTES} bytes`), { status: 413 });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return Response.json(routeError('invalid_json', 'request body is not valid JSON'), { status: 400 });
  }
  const parsed = parseRouteRequest(json);
  if (!parsed.ok) return Response.json(parsed.error, { status: 400 });

  const user = await currentUser();
  const admission = await admitModelCall(parsed.value, { ip: clientIp(request.headers), userId: user?.id ?? null });
  if (!admission.ok) {
    const { status, error } = admission.refusal;
    const retryAfter = error.resetAt ? Math.max(1, Math.ceil((Date.parse(error.resetAt) - Date.now()) / 1000)) : undefined;
    return Response.json({ error }, { status, headers: retryAfter ? { 'Retry-After': String(retryAfter) } : {} });
  }
  return new Response(streamModelAnswer(parsed.value, admission.reservation, request.signal), {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
  });
}
