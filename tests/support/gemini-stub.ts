/**
 * A local stand-in for Google's Gemini REST API (generativelanguage.googleapis.com).
 *
 * Only Google is replaced: the real @google/genai SDK talks to this server over
 * HTTP when it is given `httpOptions.baseUrl`. It speaks both the `/v1/` and
 * `/v1beta/` prefixes:
 *
 *   POST /{v1|v1beta}/models/{model}:generateContent
 *   POST /{v1|v1beta}/models/{model}:streamGenerateContent?alt=sse
 *   POST /{v1|v1beta}/models/{model}:countTokens
 *
 * Answers are deterministic. Failures and delays can be scripted per model, from
 * code (`setBehaviour`, `failNext`) or, for Playwright, over HTTP:
 *
 *   POST /__stub/behaviour   body: Partial<StubBehaviour> (merged)
 *   POST /__stub/fail        body: { model, statuses: number[] }
 *   POST /__stub/reset       back to defaults, clears recorded requests
 *   GET  /__stub/requests    the recorded requests
 *
 * No dependency beyond node:http.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const STUB_DEFAULT_KEY = 'stub-key';
export const CLASSIFIER_MARKER = 'Output only the bucket name';

export type StubBucket = 'CHAT' | 'CODE' | 'REASON' | 'AGENT';

export interface StubBehaviour {
  /** The accepted `x-goog-api-key`. Default 'stub-key'. */
  apiKey: string;
  /** Delay in ms before every answer (headers included). Default 0. */
  delayMs: number;
  /** Per-model delay in ms (overrides delayMs for that model; '*' = any model). */
  delayByModel: Record<string, number>;
  /**
   * Scripted statuses per model ('*' = any model): each call to that model takes
   * the next status from the front of its queue and answers it with a Google
   * shaped error; when the queue is empty the model answers normally.
   */
  failures: Record<string, number[]>;
  /** Fixed answer text per model ('*' = any model), instead of the echo. */
  answers: Record<string, string>;
  /** Fixed answer for classifier prompts (e.g. garbage), instead of the rule. */
  classifierAnswer: string | null;
  /**
   * Thinking tokens to report per answer (usageMetadata.thoughtsTokenCount),
   * capped, as Google does, by the request's thinkingConfig.thinkingBudget.
   * Default null: Pro models think (2 x prompt + 16), others do not.
   */
  thinkingTokens: number | null;
  /** Reported as usageMetadata.cachedContentTokenCount (capped at the prompt). */
  cachedContentTokenCount: number;
  /** Number of SSE chunks that carry text in a streamed answer. Default 3. */
  streamChunks: number;
  /** Delay in ms between SSE chunks. Default 0. */
  streamChunkDelayMs: number;
  /**
   * Break streams after this many text chunks with an in-stream error event
   * (`data: {"error":{code:500,...}}`), as Google does mid-answer. Default null.
   */
  streamErrorAfterChunks: number | null;
}

export interface RecordedRequest {
  at: number;
  method: string;
  /** Path with query string, e.g. /v1beta/models/gemini-2.5-flash:generateContent */
  url: string;
  apiVersion: 'v1' | 'v1beta' | null;
  model: string | null;
  action: 'generateContent' | 'streamGenerateContent' | 'countTokens' | null;
  /** Whether the request carried the accepted key (the key itself is not kept). */
  keyOk: boolean;
  /** Text of all parts of all contents, joined by newlines. */
  prompt: string;
  maxOutputTokens: number | null;
  /** generationConfig.thinkingConfig.thinkingBudget, when sent. */
  thinkingBudget: number | null;
  temperature: number | null;
  body: unknown;
  /** Status the stub answered with. */
  status: number;
}

export interface GeminiStub {
  /** Base URL to pass as httpOptions.baseUrl, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Merge a patch into the current behaviour. */
  setBehaviour(patch: Partial<StubBehaviour>): void;
  /** Script the next calls to `model` ('*' = any) to answer these statuses. */
  failNext(model: string, ...statuses: number[]): void;
  /** Default behaviour and an empty request log. */
  reset(): void;
  readonly behaviour: Readonly<StubBehaviour>;
  close(): Promise<void>;
}

export interface StartGeminiStubOptions {
  /** 0 or absent: a free port. */
  port?: number;
  host?: string;
  behaviour?: Partial<StubBehaviour>;
}

function defaultBehaviour(): StubBehaviour {
  return {
    apiKey: STUB_DEFAULT_KEY,
    delayMs: 0,
    delayByModel: {},
    failures: {},
    answers: {},
    classifierAnswer: null,
    thinkingTokens: null,
    cachedContentTokenCount: 0,
    streamChunks: 3,
    streamChunkDelayMs: 0,
    streamErrorAfterChunks: null,
  };
}

/** Rough token estimate: ~4 chars a token for ASCII, ~2 for other scripts (Korean). */
export function stubTokenEstimate(text: string): number {
  let ascii = 0;
  let other = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) ascii++;
    else other++;
  }
  return Math.max(1, Math.ceil(ascii / 4 + other / 2));
}

/** The bucket the stub's "model" answers for a classifier prompt. */
export function stubClassify(text: string): StubBucket {
  // Classify only the learner's prompt, which the classifier prompt puts last.
  const idx = text.lastIndexOf('Prompt:');
  const p = (idx >= 0 ? text.slice(idx + 'Prompt:'.length) : text).toLowerCase();
  if (
    /\b(tools?|agent|browse|search the web|book a|send an? e-?mail|workflow|call the api)\b|도구|에이전트|예약/.test(
      p,
    )
  )
    return 'AGENT';
  if (
    /```|\b(code|function|typescript|javascript|python|sql|regex|bug|compile|refactor|class|stack trace)\b|코드|함수|버그/.test(
      p,
    )
  )
    return 'CODE';
  if (
    /\b(why|prove|proof|analy[sz]e|compare|trade-?offs?|step by step|derive|plan)\b|왜|증명|분석|비교/.test(
      p,
    )
  )
    return 'REASON';
  return 'CHAT';
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  408: 'DEADLINE_EXCEEDED',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Request contains an invalid argument.',
  401: 'Request had invalid authentication credentials.',
  403: "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
  404: 'Requested entity was not found.',
  429: 'Resource has been exhausted (e.g. check quota).',
  500: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  503: 'The model is overloaded. Please try again later.',
};

function sendError(res: ServerResponse, code: number, message?: string): void {
  const body = JSON.stringify({
    error: {
      code,
      message: message ?? STATUS_MESSAGES[code] ?? `Stub error ${code}.`,
      status: STATUS_NAMES[code] ?? 'UNKNOWN',
    },
  });
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(body);
}

function sendJson(res: ServerResponse, code: number, value: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function promptText(body: unknown): string {
  const texts: string[] = [];
  const b = body as { contents?: unknown; generateContentRequest?: { contents?: unknown } } | null;
  const contents = b?.contents ?? b?.generateContentRequest?.contents;
  if (Array.isArray(contents)) {
    for (const c of contents) {
      const parts = (c as { parts?: unknown })?.parts;
      if (Array.isArray(parts)) {
        for (const p of parts) {
          const t = (p as { text?: unknown })?.text;
          if (typeof t === 'string') texts.push(t);
        }
      }
    }
  }
  return texts.join('\n');
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function pick<T>(map: Record<string, T>, model: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, model)
    ? map[model]
    : Object.prototype.hasOwnProperty.call(map, '*')
      ? map['*']
      : undefined;
}

function shiftFailure(failures: Record<string, number[]>, model: string): number | undefined {
  for (const key of [model, '*']) {
    const q = failures[key];
    if (q && q.length > 0) return q.shift();
  }
  return undefined;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Truncate `text` to about `maxTokens` tokens. */
function capToTokens(text: string, maxTokens: number | null): { text: string; capped: boolean } {
  if (maxTokens === null || stubTokenEstimate(text) <= maxTokens) return { text, capped: false };
  let out = '';
  for (const ch of text) {
    if (stubTokenEstimate(out + ch) > maxTokens) break;
    out += ch;
  }
  return { text: out, capped: true };
}

export async function startGeminiStub(options: StartGeminiStubOptions = {}): Promise<GeminiStub> {
  let behaviour: StubBehaviour = { ...defaultBehaviour(), ...options.behaviour };
  const requests: RecordedRequest[] = [];
  let counter = 0;

  function answerFor(model: string, prompt: string): string {
    if (prompt.includes(CLASSIFIER_MARKER)) {
      return behaviour.classifierAnswer ?? stubClassify(prompt);
    }
    const fixed = pick(behaviour.answers, model);
    if (fixed !== undefined) return fixed;
    const words = prompt.trim().split(/\s+/).filter(Boolean).length;
    return `[${model}] Stub answer: your prompt had ${words} word${words === 1 ? '' : 's'}. This text comes from the local Gemini stub, not from Google.`;
  }

  function usageFor(model: string, prompt: string, answer: string, thinkingBudget: number | null) {
    const promptTokenCount = stubTokenEstimate(prompt);
    const candidatesTokenCount = answer.length === 0 ? 0 : stubTokenEstimate(answer);
    const wanted = behaviour.thinkingTokens ?? (/pro/.test(model) ? 2 * promptTokenCount + 16 : 0);
    const thoughtsTokenCount = thinkingBudget === null ? wanted : Math.min(wanted, thinkingBudget);
    const cached = Math.min(behaviour.cachedContentTokenCount, promptTokenCount);
    return {
      promptTokenCount,
      candidatesTokenCount,
      ...(thoughtsTokenCount > 0 ? { thoughtsTokenCount } : {}),
      ...(cached > 0 ? { cachedContentTokenCount: cached } : {}),
      totalTokenCount: promptTokenCount + candidatesTokenCount + thoughtsTokenCount,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: promptTokenCount }],
    };
  }

  async function handleControl(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> {
    if (req.method === 'GET' && path === '/__stub/requests') return sendJson(res, 200, requests);
    if (req.method === 'GET' && path === '/__stub/behaviour') return sendJson(res, 200, behaviour);
    if (req.method !== 'POST') return sendError(res, 405, 'Method not allowed.');
    let body: Record<string, unknown> = {};
    try {
      const raw = await readBody(req);
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return sendError(res, 400, 'Body is not JSON.');
    }
    if (path === '/__stub/reset') {
      api.reset();
    } else if (path === '/__stub/behaviour') {
      api.setBehaviour(body as Partial<StubBehaviour>);
    } else if (path === '/__stub/fail') {
      const model = typeof body.model === 'string' ? body.model : '*';
      const statuses = Array.isArray(body.statuses)
        ? body.statuses.filter((s): s is number => typeof s === 'number')
        : [];
      api.failNext(model, ...statuses);
    } else {
      return sendError(res, 404, `No stub control route ${path}.`);
    }
    return sendJson(res, 200, { ok: true, behaviour });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stub.local');
    const path = url.pathname;
    if (path.startsWith('/__stub/')) return handleControl(req, res, path);
    if (path === '/' || path === '/healthz')
      return sendJson(res, 200, { ok: true, stub: 'gemini' });

    const m =
      /^\/(v1|v1beta)\/models\/([^/:]+):(generateContent|streamGenerateContent|countTokens)$/.exec(
        path,
      );
    const raw = await readBody(req);
    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = null;
    }
    const keyHeader = req.headers['x-goog-api-key'];
    const key =
      (Array.isArray(keyHeader) ? keyHeader[0] : keyHeader) ?? url.searchParams.get('key');
    const keyOk = key === behaviour.apiKey;
    const prompt = promptText(body);
    const gen = (body as { generationConfig?: Record<string, unknown> } | null)?.generationConfig;
    const record: RecordedRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      url: path + url.search,
      apiVersion: m ? (m[1] as 'v1' | 'v1beta') : null,
      model: m ? decodeURIComponent(m[2]!) : null,
      action: m ? (m[3] as RecordedRequest['action']) : null,
      keyOk,
      prompt,
      maxOutputTokens: numberOrNull(gen?.maxOutputTokens),
      thinkingBudget: numberOrNull(
        (gen?.thinkingConfig as { thinkingBudget?: unknown } | undefined)?.thinkingBudget,
      ),
      temperature: numberOrNull(gen?.temperature),
      body,
      status: 0,
    };
    requests.push(record);
    const fail = (code: number, message?: string) => {
      record.status = code;
      sendError(res, code, message);
    };

    if (!m) return fail(404, `Stub: unknown route ${req.method} ${path}.`);
    if (req.method !== 'POST') return fail(405, 'Method not allowed.');
    if (!key) {
      return fail(403, STATUS_MESSAGES[403]);
    }
    if (!keyOk) {
      // Google answers 400 INVALID_ARGUMENT here; the stub uses 403 so that every
      // key problem looks the same to the caller.
      return fail(403, 'API key not valid. Please pass a valid API key.');
    }
    if (body === null) return fail(400, 'Invalid JSON payload received.');

    const model = record.model!;
    const delay = pick(behaviour.delayByModel, model) ?? behaviour.delayMs;
    if (delay > 0) {
      // Whether the caller hung up while we waited. Not req.destroyed: a request
      // whose body has been read is destroyed by Node, yet its caller still waits.
      let callerGone = false;
      res.once('close', () => {
        callerGone = true;
      });
      await sleep(delay);
      if (callerGone || res.destroyed) {
        record.status = 499;
        return;
      }
    }
    const scripted = shiftFailure(behaviour.failures, model);
    if (scripted !== undefined) return fail(scripted);

    if (record.action === 'countTokens') {
      record.status = 200;
      return sendJson(res, 200, { totalTokens: stubTokenEstimate(prompt) });
    }

    const capped = capToTokens(answerFor(model, prompt), record.maxOutputTokens);
    const answer = capped.text;
    const finishReason = capped.capped ? 'MAX_TOKENS' : 'STOP';
    const usageMetadata = usageFor(model, prompt, answer, record.thinkingBudget);
    const responseId = `stub-${++counter}`;

    if (record.action === 'generateContent') {
      record.status = 200;
      return sendJson(res, 200, {
        candidates: [
          { content: { parts: [{ text: answer }], role: 'model' }, finishReason, index: 0 },
        ],
        usageMetadata,
        modelVersion: model,
        responseId,
      });
    }

    // streamGenerateContent, as server-sent events.
    record.status = 200;
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const pieces = splitInto(answer, Math.max(1, behaviour.streamChunks));
    for (let i = 0; i < pieces.length; i++) {
      if (behaviour.streamErrorAfterChunks !== null && i >= behaviour.streamErrorAfterChunks) {
        const error = { code: 500, message: STATUS_MESSAGES[500], status: 'INTERNAL' };
        res.write(`data: ${JSON.stringify({ error })}\r\n\r\n`);
        res.end();
        return;
      }
      const last = i === pieces.length - 1;
      const chunk = {
        candidates: [
          {
            content: { parts: [{ text: pieces[i] }], role: 'model' },
            index: 0,
            ...(last ? { finishReason } : {}),
          },
        ],
        // Google sends running usage on every chunk; the last one is final.
        usageMetadata: last
          ? usageMetadata
          : {
              promptTokenCount: usageMetadata.promptTokenCount,
              totalTokenCount: usageMetadata.promptTokenCount,
            },
        modelVersion: model,
        responseId,
      };
      if (res.destroyed) return;
      res.write(`data: ${JSON.stringify(chunk)}\r\n\r\n`);
      if (!last && behaviour.streamChunkDelayMs > 0) await sleep(behaviour.streamChunkDelayMs);
    }
    res.end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, `Stub failure: ${String(err)}`);
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';

  const api: GeminiStub = {
    url: `http://${host}:${port}`,
    port,
    requests,
    get behaviour() {
      return behaviour;
    },
    setBehaviour(patch) {
      const next = { ...behaviour, ...patch };
      if (patch.failures) {
        next.failures = Object.fromEntries(
          Object.entries(patch.failures).map(([k, v]) => [k, [...v]]),
        );
      }
      behaviour = next;
    },
    failNext(model, ...statuses) {
      const failures = { ...behaviour.failures };
      failures[model] = [...(failures[model] ?? []), ...statuses];
      behaviour = { ...behaviour, failures };
    },
    reset() {
      behaviour = { ...defaultBehaviour(), ...options.behaviour };
      requests.length = 0;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  return api;
}

/** Split text into n pieces on word boundaries (fewer if there are fewer words). */
function splitInto(text: string, n: number): string[] {
  const words = text.split(/(?<=\s)/);
  if (words.length <= 1 || n <= 1) return [text];
  const per = Math.ceil(words.length / n);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += per) out.push(words.slice(i, i + per).join(''));
  return out;
}
