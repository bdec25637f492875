import 'server-only';
/**
 * GeminiAdapter: the lesson's exercise. Route every call with the router, call
 * the model chosen for THAT call, price it from the real usage, and survive
 * the usual failures:
 *
 *   retryable error (429, 5xx, timeout)  -> the same model again (`retries`, default 1),
 *                                           after a short backoff
 *   still failing, or 404 (retired)      -> the next tier: flash-lite -> flash -> pro,
 *                                           pro -> flash
 *   nothing left                         -> GeminiError 'exhausted' listing every try
 *   auth / bad request / cancelled       -> thrown at once (another model will not help)
 */
import {
  BUCKETS,
  catalog as shippedCatalog,
  classifyPrompt,
  costPicoUsd,
  findModel,
  modelForTier,
  picoToUsd,
  reason,
  routePrompt,
  withoutRoutingClaims,
  type Bucket,
  type Catalog,
  type CatalogModel,
  type Decision,
  type Reason,
  type RouteRequest,
  type Tier,
} from '../router';
import { GeminiError, type Attempt } from './errors';
import {
  ZERO_USAGE,
  type ModelCall,
  type ModelClient,
  type StreamChunk,
  type Usage,
} from './model-client';
import { Tries, type Target } from './tries';

export const DEFAULT_MAX_OUTPUT_TOKENS = 1024;
/** Google's troubleshooting guide: exponential backoff from about a second. */
export const DEFAULT_BACKOFF_MS = 1_000;

/** Which tiers to try, in order, when the routed tier fails. */
export const FALLBACK_TIERS: Readonly<Record<Tier, readonly Tier[]>> = {
  'flash-lite': ['flash-lite', 'flash', 'pro'],
  flash: ['flash', 'pro'],
  pro: ['pro', 'flash'],
};

export interface AdapterOptions {
  /** Model catalog; default the shipped one. */
  catalog?: Catalog;
  /** Day to resolve model retirements against (a Date, or a function for long-lived servers); default now. */
  now?: Date | (() => Date);
  /** Extra tries of the same model on a retryable error, before the next tier. Default 1. */
  retries?: number;
  /** Time limit per try in ms; default the client's. */
  timeoutMs?: number;
  /** Default 1024; a RunOptions value overrides it. */
  maxOutputTokens?: number;
  /** Thinking tokens allowed per call (billed as output); unset: the model's default. */
  thinkingBudget?: number;
  temperature?: number;
  /** Most backoff before the first retry in ms (doubles per retry). Default 1000. */
  backoffMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** 0..1, for the jitter; injectable for tests. Default Math.random. */
  random?: () => number;
}

export interface RunOptions {
  signal?: AbortSignal;
  maxOutputTokens?: number;
  temperature?: number;
  /** A bucket already decided by a model (see classifyWithModel); default: the local classifier. */
  classification?: { bucket: Bucket; reasons: Reason[]; byModel?: boolean };
}

export interface RunResult {
  /** The router's decision for this call (estimates, reasons, baselines). */
  decision: Decision;
  text: string;
  /** Real usage reported by the model that answered. */
  usage: Usage;
  /** Real cost of the answer, integer pico-dollars, from `usage` at the answering model's prices that day. */
  costPico: number;
  costUsd: number;
  /** The model that answered: `modelVersion` when Google re-routed the call, else the model asked. */
  model: string;
  /** The model the successful try asked for (differs from decision.model after a fallback). */
  askedModel: string;
  /** The response's `modelVersion` as Google sent it, when it sent one. */
  modelVersion?: string;
  /** The catalog model whose prices the cost was computed at. */
  billedModel: string;
  /** True when the response names another model than the one asked for (Google's re-routing). */
  rerouted: boolean;
  tier: Tier;
  /** True when a model other than the routed one answered. */
  fellBack: boolean;
  /** True when no model was called (offline client): text is the offline notice, cost 0. */
  offline: boolean;
  /** Every try, in order; failed tries cost nothing. */
  attempts: Attempt[];
}

export type AdapterStreamEvent =
  | { type: 'decision'; decision: Decision }
  | { type: 'text'; text: string; model: string }
  | ({ type: 'done' } & Omit<RunResult, 'decision' | 'text'>);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class GeminiAdapter {
  readonly client: ModelClient;
  readonly #catalog: Catalog;
  readonly #now: () => Date;
  readonly #retries: number;
  readonly #timeoutMs: number | undefined;
  readonly #maxOutputTokens: number;
  readonly #thinkingBudget: number | undefined;
  readonly #temperature: number | undefined;
  readonly #backoffMs: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;

  constructor(client: ModelClient, options: AdapterOptions = {}) {
    this.client = client;
    this.#catalog = options.catalog ?? shippedCatalog;
    const now = options.now;
    this.#now =
      typeof now === 'function' ? now : now instanceof Date ? () => now : () => new Date();
    this.#retries = Math.max(0, Math.floor(options.retries ?? 1));
    this.#timeoutMs = options.timeoutMs;
    this.#maxOutputTokens = options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    this.#thinkingBudget = options.thinkingBudget;
    this.#temperature = options.temperature;
    this.#backoffMs = Math.max(0, options.backoffMs ?? DEFAULT_BACKOFF_MS);
    this.#sleep = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
  }

  /** Route the request, call the chosen model (with retries and fallbacks), price the real usage. */
  async run(request: RouteRequest, options: RunOptions = {}): Promise<RunResult> {
    const now = this.#now();
    const decision = routePrompt(request, {
      catalog: this.#catalog,
      now,
      classification: options.classification,
    });
    const tries = this.#tries(decision, now, options.signal);
    for await (const target of tries) {
      const started = Date.now();
      try {
        const res = await this.client.generate(this.#call(target, request.prompt, options));
        tries.succeeded(target, started);
        return {
          decision,
          text: res.text,
          ...this.#priced(target, res.usage, res.modelVersion, decision, tries.attempts, now),
        };
      } catch (e) {
        tries.failed(target, e, started);
      }
    }
    throw tries.exhausted();
  }

  /**
   * Like {@link run}, as events: the decision first, then text chunks, then one
   * `done` event with the real usage and cost. Retries and fallbacks happen only
   * before the first text chunk; a failure after text has been sent is thrown.
   */
  async *stream(
    request: RouteRequest,
    options: RunOptions = {},
  ): AsyncGenerator<AdapterStreamEvent, void, undefined> {
    const now = this.#now();
    const decision = routePrompt(request, {
      catalog: this.#catalog,
      now,
      classification: options.classification,
    });
    yield { type: 'decision', decision };
    const tries = this.#tries(decision, now, options.signal);

    for await (const target of tries) {
      const started = Date.now();
      const it = this.client
        .stream(this.#call(target, request.prompt, options))
        [Symbol.asyncIterator]();
      let sentText = false;
      let usage: Usage | undefined;
      let modelVersion: string | undefined;
      let failure: unknown;
      let failed = false;
      let completed = false;
      try {
        for (;;) {
          let step: IteratorResult<StreamChunk>;
          try {
            step = await it.next();
          } catch (e) {
            failure = e;
            failed = true;
            break;
          }
          if (step.done) {
            completed = true;
            break;
          }
          const chunk = step.value;
          if (chunk.type === 'usage') {
            usage = chunk.usage;
            modelVersion = chunk.modelVersion;
          } else if (chunk.text) {
            sentText = true;
            yield { type: 'text', text: chunk.text, model: target.model.id };
          }
        }
      } finally {
        // Close the model's stream if our consumer stopped early.
        if (!completed && !failed) await it.return?.();
      }

      if (!failed) {
        tries.succeeded(target, started);
        yield {
          type: 'done',
          ...this.#priced(
            target,
            usage ?? { ...ZERO_USAGE },
            modelVersion,
            decision,
            tries.attempts,
            now,
          ),
        };
        return;
      }
      if (sentText) throw tries.failedAfterText(target, failure, started);
      tries.failed(target, failure, started);
    }
    throw tries.exhausted();
  }

  #tries(decision: Decision, now: Date, signal: AbortSignal | undefined): Tries {
    const policy = {
      retries: this.#retries,
      backoffMs: this.#backoffMs,
      sleep: this.#sleep,
      random: this.#random,
    };
    return new Tries(this.#targets(decision, now), policy, signal);
  }

  /** The routed model first, then the fallback tiers' models (no duplicates). */
  #targets(decision: Decision, now: Date): Target[] {
    const out: Target[] = [];
    const seen = new Set<string>();
    const routed = findModel(this.#catalog, decision.model);
    if (routed) {
      out.push({ model: routed, tier: decision.tier });
      seen.add(routed.id);
    }
    for (const tier of FALLBACK_TIERS[decision.tier]) {
      const model = modelForTier(this.#catalog, tier, now);
      if (!seen.has(model.id)) {
        out.push({ model, tier });
        seen.add(model.id);
      }
    }
    return out;
  }

  #call(target: Target, prompt: string, options: RunOptions): ModelCall {
    const call: ModelCall = {
      model: target.model.id,
      prompt,
      maxOutputTokens: options.maxOutputTokens ?? this.#maxOutputTokens,
    };
    const temperature = options.temperature ?? this.#temperature;
    if (temperature !== undefined) call.temperature = temperature;
    if (this.#thinkingBudget !== undefined) call.thinkingBudget = this.#thinkingBudget;
    if (options.signal) call.signal = options.signal;
    if (this.#timeoutMs !== undefined) call.timeoutMs = this.#timeoutMs;
    return call;
  }

  /**
   * Price the real usage at the prices, on that day, of the model that
   * ANSWERED: the response's `modelVersion` when it names another catalog
   * model (Google re-routes shut-down ids, billed at the new model's rates).
   */
  #priced(
    target: Target,
    usage: Usage,
    modelVersion: string | undefined,
    decision: Decision,
    attempts: Attempt[],
    now: Date,
  ): Omit<RunResult, 'decision' | 'text'> {
    const offline = this.client.offline;
    const answered = modelVersion ? catalogModelFor(this.#catalog, modelVersion) : undefined;
    // A model the catalog does not know cannot be priced: bill the asked model, and say it was re-routed.
    const billed = answered ?? target.model;
    const rerouted =
      modelVersion !== undefined &&
      (answered ? answered.id !== target.model.id : !sameModel(modelVersion, target.model.id));
    const costPico = offline ? 0 : costPicoUsd(billed, usage, { at: now });
    const result: Omit<RunResult, 'decision' | 'text'> = {
      usage,
      costPico,
      costUsd: picoToUsd(costPico),
      model: answered?.id ?? (rerouted && modelVersion ? bareId(modelVersion) : target.model.id),
      askedModel: target.model.id,
      billedModel: billed.id,
      rerouted,
      tier: target.tier,
      fellBack: target.model.id !== decision.model,
      offline,
      attempts,
    };
    if (modelVersion !== undefined) result.modelVersion = modelVersion;
    return result;
  }
}

/** "models/gemini-3.8-flash" and "gemini-3.8-flash" name the same model. */
function bareId(version: string): string {
  return version.replace(/^models\//, '');
}

/** `version` is `id` itself or a dated version of it ("gemini-3.8-flash-001", not "-lite"). */
function sameModel(version: string, id: string): boolean {
  const v = bareId(version);
  return v === id || (v.startsWith(`${id}-`) && /^\d/.test(v.slice(id.length + 1)));
}

/**
 * The catalog model a response's `modelVersion` names: the same id, or the
 * longest catalog id it starts with (a dated version such as
 * "gemini-3.8-flash-001"). Undefined for a model the catalog does not know.
 */
export function catalogModelFor(cat: Catalog, modelVersion: string): CatalogModel | undefined {
  let best: CatalogModel | undefined;
  for (const m of cat.models) {
    if (!sameModel(modelVersion, m.id)) continue;
    if (!best || m.id.length > best.id.length) best = m;
  }
  return best;
}

// ---------------------------------------------------------------------------
// Classification by the cheapest model, with the local classifier as fallback.

export const CLASSIFIER_INSTRUCTIONS = [
  'Classify the user prompt below into exactly one bucket:',
  'CHAT - conversation, a plain question, short writing, rewriting or translation.',
  'CODE - writing, reviewing, explaining or fixing code, or careful structured output.',
  'REASON - multi-step reasoning, math, proofs, analysis or comparing trade-offs.',
  'AGENT - a multi-step task that needs tools, several actions or outside systems.',
  'Output only the bucket name: CHAT, CODE, REASON or AGENT.',
].join('\n');

/** The text sent to the classifying model for `prompt`. */
export function classifierPrompt(prompt: string): string {
  return `${CLASSIFIER_INSTRUCTIONS}\n\nPrompt:\n"""\n${prompt}\n"""`;
}

export interface ModelClassification {
  bucket: Bucket;
  /** The local classifier's probability; null when the model answered (it gives none). */
  confidence: number | null;
  reasons: Reason[];
  /** 'model' when the cheapest model's answer was used, 'local' on fallback. */
  source: 'model' | 'local';
  /** The model asked (absent when offline). */
  model?: string;
  /** Usage and cost of the classifying call, when one was made and answered. */
  usage?: Usage;
  costPico?: number;
}

export interface ClassifyOptions {
  catalog?: Catalog;
  now?: Date;
  timeoutMs?: number;
  signal?: AbortSignal;
}

const BUCKET_SET: ReadonlySet<string> = new Set(BUCKETS);

/** The classification call's output cap: one bucket name. */
export const CLASSIFY_MAX_OUTPUT_TOKENS = 10;
/** The classification call's thinking budget. */
export const CLASSIFY_THINKING_BUDGET = 0;

/** Parse a model's answer: one bucket name, tolerating case, quotes, backticks and a final period. */
export function parseBucket(answer: string): Bucket | undefined {
  const word = answer
    .trim()
    .replace(/^[`'"*\s]+|[`'"*.!\s]+$/g, '')
    .toUpperCase();
  return BUCKET_SET.has(word) ? (word as Bucket) : undefined;
}

/**
 * Ask the cheapest model (the catalog's flash-lite) for the bucket, as in the
 * lesson (maxOutputTokens 10, temperature 0). Falls back to the local
 * classifier on ANY error or an answer that is not exactly one bucket, and says
 * which in the reasons. Offline clients are not called at all.
 */
export async function classifyWithModel(
  client: ModelClient,
  prompt: string,
  options: ClassifyOptions = {},
): Promise<ModelClassification> {
  const cat = options.catalog ?? shippedCatalog;
  const local = (why: Reason, model?: string): ModelClassification => {
    const c = classifyPrompt(prompt);
    return {
      bucket: c.bucket,
      confidence: c.confidence,
      reasons: [why, ...c.reasons],
      source: 'local',
      ...(model ? { model } : {}),
    };
  };
  if (client.offline) return local(reason('model_offline'));

  let model: CatalogModel;
  try {
    model = modelForTier(cat, 'flash-lite', options.now ?? new Date());
  } catch (e) {
    return local(
      reason('model_no_flash_lite', { detail: e instanceof Error ? e.message : String(e) }),
    );
  }
  const call: ModelCall = {
    model: model.id,
    // A claim to a tier inside the prompt must not talk the classifying model up either.
    prompt: classifierPrompt(withoutRoutingClaims(prompt).text),
    maxOutputTokens: CLASSIFY_MAX_OUTPUT_TOKENS,
    // One word needs no thinking; 0 turns it off where the model allows.
    thinkingBudget: CLASSIFY_THINKING_BUDGET,
    temperature: 0,
  };
  if (options.timeoutMs !== undefined) call.timeoutMs = options.timeoutMs;
  if (options.signal) call.signal = options.signal;

  let answer: string;
  let usage: Usage;
  let billed = model;
  try {
    const res = await client.generate(call);
    answer = res.text;
    usage = res.usage;
    // Bill the model that answered (Google may re-route a shut-down id).
    if (res.modelVersion) billed = catalogModelFor(cat, res.modelVersion) ?? model;
  } catch (e) {
    const why = e instanceof GeminiError ? e.message : e instanceof Error ? e.message : String(e);
    return local(reason('model_failed', { model: model.id, detail: why }), model.id);
  }
  const bucket = parseBucket(answer);
  if (!bucket) {
    const shown = answer.trim().slice(0, 40);
    const fallback = local(
      reason('model_bad_answer', { model: model.id, answer: JSON.stringify(shown) }),
      model.id,
    );
    const costPico = costPicoUsd(billed, usage, { at: options.now ?? new Date() });
    return { ...fallback, usage, costPico };
  }
  const costPico = costPicoUsd(billed, usage, { at: options.now ?? new Date() });
  return {
    bucket,
    confidence: null,
    reasons: [
      reason('model_classified', {
        model: model.id,
        bucket,
        tokens: usage.inputTokens + usage.cachedInputTokens,
      }),
    ],
    source: 'model',
    model: model.id,
    usage,
    costPico,
  };
}
