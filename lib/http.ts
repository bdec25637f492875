import 'server-only';
import type { z } from 'zod';

/** The error shape every JSON API of Stream answers with; never a stack trace. */
export function apiError(
  status: number,
  code: string,
  message: string,
  field?: string,
  extra: Record<string, unknown> = {},
): Response {
  return Response.json(
    { error: { code, message, ...(field ? { field } : {}), ...extra } },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );
}

/**
 * The body's bytes, read chunk by chunk and abandoned as soon as they pass
 * `maxBytes` (the stream is cancelled, so the rest is never held in memory).
 */
export async function readBodyCapped(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array | 'too_large' | 'unreadable'> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 'too_large';
      }
      chunks.push(value);
    }
  } catch {
    return 'unreadable';
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Reads a JSON request body with a size cap. By default the request must say
 * it sends JSON: a plain cross-site form cannot, which keeps
 * cookie-authenticated endpoints out of reach of CSRF. A public endpoint
 * without cookies (the router API) may accept any content type.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = 64 * 1024,
  { requireJsonType = true }: { requireJsonType?: boolean } = {},
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const fail = (response: Response) => ({ ok: false as const, response });
  const tooLarge = () =>
    fail(apiError(413, 'payload_too_large', `request body must be at most ${maxBytes} bytes`));
  if (
    requireJsonType &&
    !(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')
  ) {
    return fail(apiError(415, 'unsupported_media_type', 'send the body as application/json'));
  }
  // Refuse early on a declared size; then count the bytes as they arrive, since
  // the header can be absent (chunked) or lie: nothing past the limit is buffered.
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) return tooLarge();
  const read = await readBodyCapped(request, maxBytes);
  if (read === 'too_large') return tooLarge();
  if (read === 'unreadable')
    return fail(apiError(400, 'invalid_request', 'could not read the request body'));
  const buffer = read;
  try {
    return {
      ok: true,
      value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buffer)),
    };
  } catch {
    return fail(apiError(400, 'invalid_json', 'request body must be valid JSON'));
  }
}

/**
 * Reads a JSON body and validates it with a schema: the value, or the answer
 * to send (415, 413, 400 invalid_json, or 400 naming the first bad field).
 */
export async function parseJsonInput<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes?: number,
): Promise<{ ok: true; value: z.infer<S> } | { ok: false; response: Response }> {
  const body = await readJsonBody(request, maxBytes);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
  const message = issue?.message ?? 'invalid request';
  return {
    ok: false,
    response: apiError(
      400,
      'invalid_request',
      // Every message names its field, even a library default ("Invalid input...").
      field && !message.startsWith(field) ? `${field}: ${message}` : message,
      field,
      // A length limit travels as a number, so pages word it without reading the message.
      issue?.code === 'too_big' ? { limit: Number(issue.maximum) } : {},
    ),
  };
}

/** An error value (status, code, message, and extras such as resetAt or limit) as its HTTP answer. */
export function errorResponse(error: {
  status: number;
  code: string;
  message: string;
  field?: string;
  resetAt?: string;
  [extra: string]: unknown;
}): Response {
  const { status, code, message, field, ...extra } = error;
  const response = apiError(status, code, message, field, extra);
  // A refusal that ends at a known time says when to come back.
  if (error.resetAt)
    response.headers.set(
      'Retry-After',
      String(Math.max(1, Math.ceil((Date.parse(error.resetAt) - Date.now()) / 1000))),
    );
  return response;
}
