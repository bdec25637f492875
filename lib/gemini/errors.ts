/**
 * GeminiError: every failure of a model call, normalised. Messages are written
 * for learners, name the model and the status, and never contain an API key.
 */

export type GeminiErrorCode =
  | 'auth' // 401/403: key missing, wrong or not allowed
  | 'bad_request' // 400 (other than a bad key)
  | 'not_found' // 404: model id unknown or retired
  | 'rate_limited' // 429: rate limit or quota
  | 'unavailable' // 5xx: overloaded or internal error
  | 'timeout' // no answer within the time limit
  | 'cancelled' // the caller aborted
  | 'network' // no HTTP answer at all (connection refused, reset, DNS)
  | 'bad_response' // an answer we could not read
  | 'exhausted' // the adapter tried every model it may try
  | 'unknown';

/** One try of one model, as the adapter reports it. */
export interface Attempt {
  model: string;
  /** 'ok', or the error code of this try. */
  outcome: 'ok' | GeminiErrorCode;
  /** HTTP-like status of a failed try. */
  status?: number;
  /** Learner-readable message of a failed try. */
  message?: string;
  durationMs: number;
}

export interface GeminiErrorInit {
  code: GeminiErrorCode;
  /**
   * HTTP status from Gemini; for failures without one: timeout 504, network
   * 502, cancelled 499, bad_response 502.
   */
  status: number;
  retryable: boolean;
  model?: string;
  attempts?: Attempt[];
  cause?: unknown;
}

export class GeminiError extends Error {
  readonly code: GeminiErrorCode;
  readonly status: number;
  /** 429, 5xx and timeouts: trying again (or another model) may work. */
  readonly retryable: boolean;
  readonly model?: string;
  /** Set by the adapter: every try it made, in order. */
  readonly attempts: Attempt[];

  constructor(message: string, init: GeminiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'GeminiError';
    this.code = init.code;
    this.status = init.status;
    this.retryable = init.retryable;
    if (init.model !== undefined) this.model = init.model;
    this.attempts = init.attempts ?? [];
  }

  /** Safe to send to a browser: no stack, no cause. */
  toJSON(): {
    name: string;
    code: GeminiErrorCode;
    status: number;
    retryable: boolean;
    message: string;
    model?: string;
    attempts: Attempt[];
  } {
    return {
      name: this.name,
      code: this.code,
      status: this.status,
      retryable: this.retryable,
      message: this.message,
      ...(this.model !== undefined ? { model: this.model } : {}),
      attempts: this.attempts,
    };
  }
}

export function isGeminiError(e: unknown): e is GeminiError {
  return e instanceof GeminiError;
}

/** True for statuses worth another try: 408, 429 and 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * Remove anything that looks like an API key: the configured key itself,
 * Google-style keys (AIza...), and `key=` query parameters.
 */
export function redactSecrets(text: string, ...secrets: Array<string | undefined>): string {
  let out = text;
  for (const s of secrets) {
    if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  }
  return out
    .replace(/AIza[0-9A-Za-z_-]{20,}/g, '[redacted]')
    .replace(/([?&]key=)[^&\s"']+/gi, '$1[redacted]')
    .replace(/(x-goog-api-key["']?\s*[:=]\s*["']?)[^"'\s,}]+/gi, '$1[redacted]');
}
