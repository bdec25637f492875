/**
 * POST /api/router/route: one routing request in, one decision out (offline).
 * Thin edge over lib/router: parse, validate, route. Errors are JSON objects
 * `{ id?, error: { code, message, field? } }`, never stack traces.
 */
import { readJsonBody } from '@/lib/http';
import { ROUTE_REQUEST_MAX_BYTES, parseRouteRequest, routeError, routePrompt } from '@/lib/router';

const NO_STORE = { 'Cache-Control': 'no-store' };

export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  // A public API without cookies: callers such as curl need not declare JSON.
  const body = await readJsonBody(request, ROUTE_REQUEST_MAX_BYTES, { requireJsonType: false });
  if (!body.ok) return body.response;
  const parsed = parseRouteRequest(body.value);
  if (!parsed.ok) return Response.json(parsed.error, { status: 400, headers: NO_STORE });
  try {
    return Response.json(routePrompt(parsed.value), { headers: NO_STORE });
  } catch (e) {
    // Only a broken catalog gets here; say so without leaking internals.
    console.error('router failed', e);
    return Response.json(
      routeError('routing_failed', 'the router could not pick a model', undefined, parsed.value.id),
      { status: 500, headers: NO_STORE },
    );
  }
}
