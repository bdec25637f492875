import 'server-only';
/**
 * ModelClient over the official @google/genai SDK (3.x). Against Google when no
 * base URL is given; against the local stub in tests and e2e (`baseUrl`).
 *
 * The key lives in a private field and in the SDK instance only; every error
 * leaving this module is a GeminiError whose message has been scrubbed of it.
 */
import { ApiError, GoogleGenAI, type GenerateContentResponseUsageMetadata } from '@google/genai';
import { GeminiError, isRetryableStatus, redactSecrets } from './errors';
import type { ModelCall, ModelClient, ModelResult, StreamChunk, Usage } from './model-client';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface SdkClientOptions {
  apiKey: string;
  /** e.g. the stub's URL; default Google's endpoint. */
  baseUrl?: string;
  /** Default per-call time limit in ms (default 30 s); ModelCall.timeoutMs overrides it. */
  timeoutMs?: number;
  /** API version prefix; the SDK's default is 'v1'. */
  apiVersion?: 'v1' | 'v1beta';
}

/** Map Gemini's usageMetadata to the router's billing terms (see Usage). */
export function usageFromMetadata(m: GenerateContentResponseUsageMetadata | undefined): Usage {
  const prompt = nonNegative(m?.promptTokenCount) + nonNegative(m?.toolUsePromptTokenCount);
  const cached = Math.min(nonNegative(m?.cachedContentTokenCount), prompt);
  return {
    inputTokens: prompt - cached,
    outputTokens: nonNegative(m?.candidatesTokenCount),
    thinkingTokens: nonNegative(m?.thoughtsTokenCount),
    cachedInputTokens: cached,
  };
}

function nonNegative(n: number | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

interface CallControl {
  signal: AbortSignal;
  timeoutMs: number;
  timedOut(): boolean;
  callerAborted(): boolean;
  /** Stop the timer; abort the underlying request if it is still running. */
  dispose(abortPending: boolean): void;
}

export class SdkModelClient implements ModelClient {
  readonly offline = false;
  readonly #ai: GoogleGenAI;
  readonly #apiKey: string;
  readonly #timeoutMs: number;

  constructor(options: SdkClientOptions) {
    if (!options.apiKey)
      throw new Error(
        'SdkModelClient needs an API key; use the offline client when none is configured.',
      );
    this.#apiKey = options.apiKey;
    this.#timeoutMs =
      options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
    this.#ai = new GoogleGenAI({
      vertexai: false,
      apiKey: options.apiKey,
      ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
      httpOptions: {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        timeout: this.#timeoutMs,
      },
    });
  }

  async generate(call: ModelCall): Promise<ModelResult> {
    const ctl = this.#begin(call);
    try {
      const res = await this.#ai.models.generateContent({
        model: call.model,
        contents: call.prompt,
        config: this.#config(call, ctl),
      });
      return { text: res.text ?? '', usage: usageFromMetadata(res.usageMetadata) };
    } catch (e) {
      throw this.#normalise(e, call.model, ctl);
    } finally {
      ctl.dispose(false);
    }
  }

  async *stream(call: ModelCall): AsyncGenerator<StreamChunk, void, undefined> {
    const ctl = this.#begin(call);
    let finished = false;
    try {
      let usage: Usage = usageFromMetadata(undefined);
      try {
        const chunks = await this.#ai.models.generateContentStream({
          model: call.model,
          contents: call.prompt,
          config: this.#config(call, ctl),
        });
        for await (const chunk of chunks) {
          if (chunk.usageMetadata) usage = usageFromMetadata(chunk.usageMetadata);
          const text = chunk.text;
          if (text) yield { type: 'text', text };
        }
      } catch (e) {
        throw this.#normalise(e, call.model, ctl);
      }
      finished = true;
      yield { type: 'usage', usage };
    } finally {
      // A consumer that stops early must not leave the HTTP stream open.
      ctl.dispose(!finished);
    }
  }

  async countTokens(model: string, text: string): Promise<number> {
    const ctl = this.#begin({ model, prompt: text, maxOutputTokens: 0 });
    try {
      const res = await this.#ai.models.countTokens({
        model,
        contents: text,
        config: { abortSignal: ctl.signal, httpOptions: { timeout: ctl.timeoutMs } },
      });
      return nonNegative(res.totalTokens);
    } catch (e) {
      throw this.#normalise(e, model, ctl);
    } finally {
      ctl.dispose(false);
    }
  }

  #config(call: ModelCall, ctl: CallControl) {
    return {
      maxOutputTokens: call.maxOutputTokens,
      ...(call.thinkingBudget !== undefined
        ? { thinkingConfig: { thinkingBudget: call.thinkingBudget } }
        : {}),
      ...(call.temperature !== undefined ? { temperature: call.temperature } : {}),
      abortSignal: ctl.signal,
      httpOptions: { timeout: ctl.timeoutMs },
    };
  }

  #begin(call: ModelCall): CallControl {
    const timeoutMs = call.timeoutMs && call.timeoutMs > 0 ? call.timeoutMs : this.#timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    timer.unref?.();
    const caller = call.signal;
    const onAbort = () => controller.abort();
    if (caller?.aborted) controller.abort();
    else caller?.addEventListener('abort', onAbort, { once: true });
    return {
      signal: controller.signal,
      timeoutMs,
      timedOut: () => timedOut,
      callerAborted: () => caller?.aborted === true,
      dispose(abortPending) {
        clearTimeout(timer);
        caller?.removeEventListener('abort', onAbort);
        if (abortPending && !controller.signal.aborted) controller.abort();
      },
    };
  }

  #normalise(e: unknown, model: string, ctl: CallControl): GeminiError {
    if (e instanceof GeminiError) return e;
    const clean = (s: string) => redactSecrets(s, this.#apiKey);
    if (ctl.callerAborted()) {
      return new GeminiError(`The call to ${model} was cancelled.`, {
        code: 'cancelled',
        status: 499,
        retryable: false,
        model,
      });
    }
    if (ctl.timedOut() || isAbortError(e)) {
      return new GeminiError(
        `Gemini did not answer within ${ctl.timeoutMs} ms (${model}). This is usually temporary; trying again or another model may work.`,
        { code: 'timeout', status: 504, retryable: true, model },
      );
    }
    if (
      e instanceof ApiError ||
      (isRecord(e) && e.name === 'ApiError' && typeof e.status === 'number')
    ) {
      const status = (e as { status: number }).status;
      const google = parseGoogleError(String((e as Error).message ?? ''));
      return fromStatus(status, model, clean(google.message), google.status);
    }
    const net = networkCode(e);
    if (net) {
      return new GeminiError(
        `Could not reach Gemini for ${model} (${net}). Check the network and GEMINI_BASE_URL if one is set.`,
        { code: 'network', status: 502, retryable: true, model },
      );
    }
    const msg = e instanceof Error ? e.message : String(e);
    if (/JSON|parsing stream chunk|Incomplete JSON/i.test(msg)) {
      return new GeminiError(
        `Gemini's answer from ${model} could not be read: ${clean(short(msg))}`,
        {
          code: 'bad_response',
          status: 502,
          retryable: true,
          model,
        },
      );
    }
    return new GeminiError(`Calling ${model} failed unexpectedly: ${clean(short(msg))}`, {
      code: 'unknown',
      status: 500,
      retryable: false,
      model,
    });
  }
}

/** Build the learner-readable GeminiError for an HTTP status from Gemini. */
export function fromStatus(
  status: number,
  model: string,
  googleMessage: string,
  googleStatus?: string,
): GeminiError {
  const label = `HTTP ${status}${googleStatus ? ` ${googleStatus}` : ''}`;
  const detail = googleMessage ? `: ${short(googleMessage)}` : '.';
  const retryable = isRetryableStatus(status);
  if (status === 401 || status === 403 || (status === 400 && /api key/i.test(googleMessage))) {
    return new GeminiError(
      `Gemini refused the API key (${label})${detail} Check that GEMINI_API_KEY on the server is a valid key with access to ${model}.`,
      { code: 'auth', status, retryable: false, model },
    );
  }
  if (status === 404) {
    return new GeminiError(
      `Model ${model} was not found (${label}). It may be retired or misspelled; check the model catalog.`,
      { code: 'not_found', status, retryable: false, model },
    );
  }
  if (status === 429) {
    return new GeminiError(
      `Gemini's rate limit or quota was reached for ${model} (${label}). Wait a moment and try again.`,
      { code: 'rate_limited', status, retryable: true, model },
    );
  }
  if (status === 408 || status >= 500) {
    return new GeminiError(`Gemini is temporarily unavailable for ${model} (${label})${detail}`, {
      code: status === 408 || status === 504 ? 'timeout' : 'unavailable',
      status,
      retryable,
      model,
    });
  }
  return new GeminiError(`Gemini rejected the request to ${model} (${label})${detail}`, {
    code: 'bad_request',
    status,
    retryable,
    model,
  });
}

/** ApiError messages carry Google's JSON body (or "got status: X. {json}" from streams). */
function parseGoogleError(message: string): { message: string; status?: string } {
  const start = message.indexOf('{');
  if (start >= 0) {
    try {
      const body = JSON.parse(message.slice(start)) as {
        error?: { message?: unknown; status?: unknown };
      };
      const err = body.error;
      if (err && typeof err === 'object') {
        const out: { message: string; status?: string } = {
          message: typeof err.message === 'string' ? err.message : '',
        };
        if (typeof err.status === 'string' && err.status) out.status = err.status;
        return out;
      }
    } catch {
      // fall through
    }
  }
  return { message };
}

function short(s: string, max = 300): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isAbortError(e: unknown): boolean {
  return isRecord(e) && (e.name === 'AbortError' || e.name === 'TimeoutError');
}

/** ECONNREFUSED and friends, from fetch's `TypeError: fetch failed` cause chain. */
function networkCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && isRecord(cur); i++) {
    const code = cur.code;
    if (typeof code === 'string' && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
    cur = cur.cause;
  }
  if (e instanceof TypeError && /fetch failed|network/i.test(e.message)) return 'network error';
  return undefined;
}
