/**
 * POST /api/router/route: one routing request in, one decision out (offline).
 * Thin edge over lib/router: parse, validate, route. Errors are JSON objects
 * `{ id?, error: { code, message, field? } }`, never stack traces.
 */
import { readJsonBody } from '@/lib/http';
import { ROUTE_REQUEST_MAX_BYTES, parseRouteRequest, routeError, routePrompt } from '@/lib/router';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * How long validating and routing took on the server, in the standard
 * Server-Timing header: the router's budget is a millisecond, and a caller
 * (or a test) can see whether time went to the network or to routing.
 */
function timed(started: number): Record<string, string> {
  const ms = performance.now() - started;
  return {
    ...NO_STORE,
    'Server-Timing': `route;desc="validation and routing";dur=${ms.toFixed(2)}`,
  };
}

export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  // A public API without cookies: callers such as curl need not declare JSON.
  const body = await readJsonBody(request, ROUTE_REQUEST_MAX_BYTES, { requireJsonType: false });
  if (!body.ok) return body.response;
  // Reading the body is the network's time, not the router's: timed from here.
  const started = performance.now();
  const parsed = parseRouteRequest(body.value);
  if (!parsed.ok) return Response.json(parsed.error, { status: 400, headers: timed(started) });
  try {
    const decision = routePrompt(parsed.value);
    return Response.json(decision, { headers: timed(started) });
  } catch (e) {
    // Only a broken catalog gets here; say so without leaking internals.
    console.error('router failed', e);
    return Response.json(
      routeError('routing_failed', 'the router could not pick a model', undefined, parsed.value.id),
      { status: 500, headers: NO_STORE },
    );
  }
}
