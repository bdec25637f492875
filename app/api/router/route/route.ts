/**
 * POST /api/router/route: one routing request in, one decision out (offline).
 * Thin edge over lib/router: parse, validate, route. Errors are JSON objects
 * `{ id?, error: { code, message, field? } }`, never stack traces.
 */
import { parseRouteRequest, routeError, routePrompt } from '@/lib/router';

export const runtime = 'nodejs';

/** Bodies above this are refused before parsing (the prompt cap is 32K characters). */
const MAX_BODY_BYTES = 64 * 1024;

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) {
    return json(
      routeError('payload_too_large', `request body must be at most ${MAX_BODY_BYTES} bytes`),
      413,
    );
  }
  let text: string;
  try {
    // Read as bytes: content-length can be absent (chunked) or lie.
    const buf = await request.arrayBuffer();
    if (buf.byteLength > MAX_BODY_BYTES) {
      return json(
        routeError('payload_too_large', `request body must be at most ${MAX_BODY_BYTES} bytes`),
        413,
      );
    }
    text = new TextDecoder().decode(buf);
  } catch {
    return json(routeError('invalid_request', 'could not read the request body'), 400);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return json(routeError('invalid_json', 'request body must be valid JSON'), 400);
  }
  const parsed = parseRouteRequest(input);
  if (!parsed.ok) return json(parsed.error, 400);
  try {
    return json(routePrompt(parsed.value), 200);
  } catch (e) {
    // Only a broken catalog gets here; say so without leaking internals.
    console.error('router failed', e);
    return json(
      routeError('routing_failed', 'the router could not pick a model', undefined, parsed.value.id),
      500,
    );
  }
}
