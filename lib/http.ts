import 'server-only';

/** The error shape every JSON API of Stream answers with; never a stack trace. */
export function apiError(status: number, code: string, message: string, field?: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: { code, message, ...(field ? { field } : {}), ...extra } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Reads a JSON request body with a size cap. Mutations must say they send
 * JSON: a plain cross-site form cannot, which keeps cookie-authenticated
 * endpoints out of reach of CSRF.
 */
export async function readJsonBody(request: Request, maxBytes = 64 * 1024): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return { ok: false, response: apiError(415, 'unsupported_media_type', 'send the body as application/json') };
  }
  const buffer = await request.arrayBuffer();
  if (buffer.byteLength > maxBytes) {
    return { ok: false, response: apiError(413, 'payload_too_large', `request body must be at most ${maxBytes} bytes`) };
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(buffer)) };
  } catch {
    return { ok: false, response: apiError(400, 'invalid_json', 'request body must be valid JSON') };
  }
}

/** Turns a failed zod parse into a 400 that names the field. */
export function invalidInput(issue: { field?: string; message: string }): Response {
  return apiError(400, 'invalid_request', issue.message, issue.field);
}

/** A community error value as its HTTP answer. */
export function errorResponse(error: { status: number; code: string; message: string; field?: string; resetAt?: string }): Response {
  const { status, code, message, field, resetAt } = error;
  const response = apiError(status, code, message, field, resetAt ? { resetAt } : {});
  if (resetAt) response.headers.set('Retry-After', String(Math.max(1, Math.ceil((Date.parse(resetAt) - Date.now()) / 1000))));
  return response;
}
