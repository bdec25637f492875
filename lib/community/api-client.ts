/** What the community JSON APIs answer: data, or the error object with its HTTP status. */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | {
      ok: false;
      status: number;
      error: { code: string; message: string; field?: string; limit?: number; resetAt?: string };
    };

/** Calls one of Stream's JSON APIs from the browser (same origin, session cookie). */
export async function callApi<T = unknown>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method,
      cache: 'no-store',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json().catch(() => ({}))) as {
      error?: { code: string; message: string };
    } & T;
    if (response.ok) return { ok: true, status: response.status, data: payload };
    return {
      ok: false,
      status: response.status,
      error: payload.error ?? { code: 'http_error', message: `HTTP ${response.status}` },
    };
  } catch (error) {
    return { ok: false, status: 0, error: { code: 'network', message: (error as Error).message } };
  }
}
