import 'server-only';
import type { CatalogModel, Tier } from '../router';
import { GeminiError, type Attempt } from './errors';

/** A model to try, and the tier it answers for. */
export interface Target {
  model: CatalogModel;
  tier: Tier;
}

export interface TryPolicy {
  /** Extra tries of the same model on a retryable error. */
  retries: number;
  /** Most backoff before the first retry in ms (doubles per retry). */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
  /** 0..1, for the jitter. */
  random: () => number;
}

/**
 * The adapter's one retry loop, shared by `run` and `stream`: iterating
 * yields each target up to 1 + retries times (with a jittered backoff
 * between tries of one model), then the next target. The caller makes the
 * call and reports how it went; `failed` throws when no further try can
 * help, and after the last target the caller throws `exhausted()`.
 */
export class Tries {
  /** Every try so far, in order; failed tries cost nothing. */
  readonly attempts: Attempt[] = [];
  readonly #targets: readonly Target[];
  readonly #policy: TryPolicy;
  readonly #signal: AbortSignal | undefined;
  #last: GeminiError | undefined;
  #skipToNextModel = false;

  constructor(targets: readonly Target[], policy: TryPolicy, signal?: AbortSignal) {
    this.#targets = targets;
    this.#policy = policy;
    this.#signal = signal;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Target, void, undefined> {
    for (const target of this.#targets) {
      this.#skipToNextModel = false;
      for (let tryNo = 0; tryNo <= this.#policy.retries && !this.#skipToNextModel; tryNo++) {
        if (tryNo > 0) await this.#backoff(tryNo);
        yield target;
      }
    }
  }

  succeeded(target: Target, started: number): void {
    this.attempts.push({ model: target.model.id, outcome: 'ok', durationMs: Date.now() - started });
  }

  /** Logs the failed try; throws when neither a retry nor another model can help. */
  failed(target: Target, error: unknown, started: number): void {
    const err = this.#logFailure(target, error, started);
    const next = nextStep(err);
    if (next === 'throw') throw withAttempts(err, this.attempts);
    if (next === 'next-model') this.#skipToNextModel = true;
  }

  /** A stream that broke after text was sent cannot be retried: the learner already saw part of it. */
  failedAfterText(target: Target, error: unknown, started: number): GeminiError {
    const err = this.#logFailure(target, error, started);
    return withAttempts(
      err,
      this.attempts,
      `${err.message} The answer stopped after it had started, so it was not retried.`,
    );
  }

  /** Every target was tried and none answered. */
  exhausted(): GeminiError {
    const attempts = this.attempts;
    const last = this.#last;
    const models = [...new Set(attempts.map((a) => a.model))];
    const message =
      `No model could answer: tried ${models.join(', ')} (${attempts.length} ${attempts.length === 1 ? 'try' : 'tries'}). ` +
      `Tries: ${describeAttempts(attempts)}.` +
      (last ? ` Last error: ${last.message}` : '');
    return new GeminiError(message, {
      code: 'exhausted',
      status: last?.status ?? 503,
      retryable: last?.retryable ?? true,
      attempts: [...attempts],
      ...(last ? { cause: last } : {}),
    });
  }

  #logFailure(target: Target, error: unknown, started: number): GeminiError {
    const err = toGeminiError(error, target.model.id);
    this.attempts.push({
      model: target.model.id,
      outcome: err.code,
      status: err.status,
      message: err.message,
      durationMs: Date.now() - started,
    });
    this.#last = err;
    return err;
  }

  async #backoff(tryNo: number): Promise<void> {
    // Jitter (half to all of the step) keeps many clients that failed together
    // from retrying together.
    const step = this.#policy.backoffMs * 2 ** (tryNo - 1);
    if (step > 0) await this.#policy.sleep(Math.round(step * (0.5 + 0.5 * this.#policy.random())));
    if (this.#signal?.aborted) {
      throw new GeminiError('The call was cancelled.', {
        code: 'cancelled',
        status: 499,
        retryable: false,
        attempts: this.attempts,
      });
    }
  }
}

export function toGeminiError(e: unknown, model: string): GeminiError {
  if (e instanceof GeminiError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new GeminiError(`Calling ${model} failed unexpectedly: ${msg}`, {
    code: 'unknown',
    status: 500,
    retryable: false,
    model,
    cause: e,
  });
}

function nextStep(err: GeminiError): 'retry' | 'next-model' | 'throw' {
  if (err.code === 'cancelled') return 'throw';
  if (err.retryable) return 'retry';
  // Gone (404) or today's quota used up (a per-day 429): another model may still answer.
  if (err.code === 'not_found' || err.code === 'rate_limited') return 'next-model';
  return 'throw';
}

function withAttempts(err: GeminiError, attempts: Attempt[], message = err.message): GeminiError {
  const init = {
    code: err.code,
    status: err.status,
    retryable: err.retryable,
    attempts: [...attempts],
    cause: err,
  };
  return new GeminiError(message, err.model !== undefined ? { ...init, model: err.model } : init);
}

/** "gemini-2.5-flash-lite: unavailable (HTTP 503), ..." */
export function describeAttempts(attempts: readonly Attempt[]): string {
  return attempts
    .map((a) =>
      a.outcome === 'ok'
        ? `${a.model}: ok`
        : `${a.model}: ${a.outcome}${a.status ? ` (HTTP ${a.status})` : ''}`,
    )
    .join('; ');
}
