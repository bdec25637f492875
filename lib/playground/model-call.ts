import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import {
  CLASSIFY_MAX_OUTPUT_TOKENS,
  CLASSIFY_THINKING_BUDGET,
  GeminiAdapter,
  classifyWithModel,
  createModelClient,
  isGeminiError,
  logUsage,
  usageLogEntry,
} from '@/lib/gemini';
import { hitRateLimit } from '@/lib/limits/rate-limit';
import { reserveSpend, settleSpend } from '@/lib/limits/spend-cap';
import type { AnswerStreamLine } from '@/lib/playground/answer-stream';
import {
  catalog,
  costPicoUsd,
  estimateTokens,
  resolveTier,
  TIERS,
  type Bucket,
  type Reason,
  type RouteRequest,
} from '@/lib/router';

const HOUR_MS = 3_600_000;
/** The classification call is a few tokens: it must not hold up the answer for long. */
const CLASSIFY_TIMEOUT_MS = 5_000;

/** Why a real model call was refused; the page words it in the learner's language. */
export interface Refusal {
  status: 400 | 401 | 429 | 503;
  error: {
    code:
      | 'offline'
      | 'sign_in_required'
      | 'prompt_too_long'
      | 'rate_limited_ip'
      | 'rate_limited_user'
      | 'spend_cap';
    message: string;
    field?: string;
    limit?: number;
    resetAt?: string;
  };
}

type Admission =
  | { ok: true; reservation: { day: string; reservedPico: bigint } }
  | { ok: false; refusal: Refusal };

function refuse(status: Refusal['status'], error: Refusal['error']): Admission {
  return { ok: false, refusal: { status, error } };
}

export function canCallModel(): boolean {
  return Boolean(env.GEMINI_API_KEY);
}

/**
 * The most a call can cost, reserved before it is made: the whole prompt, a full
 * output budget and a full thinking budget (thinking bills as output), priced
 * at the most expensive tier it may fall back to, plus the classification
 * call. Both budgets are sent with the calls, so the model cannot bill more.
 */
function worstCasePico(
  request: RouteRequest,
  {
    maxOutputTokens,
    thinkingBudget,
    now,
  }: { maxOutputTokens: number; thinkingBudget: number; now: Date },
): bigint {
  // The router's input estimate (prompt + declared context) without routing the
  // prompt a second time. It can be low for unusual text; a tokenizer with byte
  // fallback never needs more tokens than the prompt has UTF-8 bytes (plus a few).
  const inputTokens = Math.max(
    estimateTokens(request.prompt) + (request.maxContext ?? 0),
    new TextEncoder().encode(request.prompt).byteLength + 16,
  );
  let worst = 0;
  for (const tier of TIERS) {
    const model = resolveTier(catalog, tier, now).model;
    worst = Math.max(
      worst,
      costPicoUsd(model, {
        inputTokens,
        outputTokens: maxOutputTokens,
        thinkingTokens: thinkingBudget,
      }),
    );
  }
  // The classification call: the prompt and an instruction on Flash-Lite.
  const classifier = resolveTier(catalog, 'flash-lite', now).model;
  worst += costPicoUsd(classifier, {
    inputTokens: inputTokens + 200,
    outputTokens: CLASSIFY_MAX_OUTPUT_TOKENS,
    thinkingTokens: CLASSIFY_THINKING_BUDGET,
  });
  return BigInt(worst);
}

/**
 * Counts one call against an hourly limit; the refusal once the limit is
 * reached, else null. A refused call still counts (see hitRateLimit).
 */
async function hitHourlyLimit({
  code,
  key,
  limit,
  per,
  now,
}: {
  code: 'rate_limited_ip' | 'rate_limited_user';
  key: string;
  limit: number;
  /** How the message words whom the limit counts ("per learner"). */
  per: string;
  now: Date;
}): Promise<Admission | null> {
  const hit = await hitRateLimit(db, { key, limit, windowMs: HOUR_MS, now });
  if (hit.ok) return null;
  return refuse(429, {
    code,
    limit: hit.limit,
    resetAt: hit.resetAt.toISOString(),
    message: `at most ${hit.limit} model calls per hour ${per}`,
  });
}

/**
 * Checks every limit that protects the key, in order: a key exists, the
 * caller is signed in, the prompt fits, the IP's and the learner's hourly
 * calls, then today's spend.
 */
export async function admitModelCall(
  request: RouteRequest,
  { ip, userId, now = new Date() }: { ip: string; userId: string | null; now?: Date },
): Promise<Admission> {
  if (!canCallModel()) {
    return refuse(503, {
      code: 'offline',
      message: 'No GEMINI_API_KEY is configured: only offline estimates are available.',
    });
  }
  if (!userId) {
    return refuse(401, {
      code: 'sign_in_required',
      message: 'sign in to send prompts to a real model',
    });
  }
  if (request.prompt.length > env.PLAYGROUND_MAX_PROMPT_CHARS) {
    return refuse(400, {
      code: 'prompt_too_long',
      field: 'prompt',
      limit: env.PLAYGROUND_MAX_PROMPT_CHARS,
      message: `prompt must be at most ${env.PLAYGROUND_MAX_PROMPT_CHARS} characters for a real model call`,
    });
  }
  const hourly =
    (await hitHourlyLimit({
      code: 'rate_limited_ip',
      key: `model-call:ip:${ip}`,
      limit: env.PLAYGROUND_CALLS_PER_HOUR_PER_IP,
      per: 'from one address',
      now,
    })) ??
    (await hitHourlyLimit({
      code: 'rate_limited_user',
      key: `model-call:user:${userId}`,
      limit: env.PLAYGROUND_CALLS_PER_HOUR_PER_USER,
      per: 'per learner',
      now,
    }));
  if (hourly) return hourly;
  // Dollars -> micro-dollars (rounded once) -> pico-dollars, exactly.
  const capPico = BigInt(Math.round(env.PLAYGROUND_DAILY_SPEND_CAP_USD * 1_000_000)) * 1_000_000n;
  const reservation = await reserveSpend(db, {
    amountPico: worstCasePico(request, {
      maxOutputTokens: env.PLAYGROUND_MAX_OUTPUT_TOKENS,
      thinkingBudget: env.PLAYGROUND_THINKING_BUDGET,
      now,
    }),
    capPico,
    now,
  });
  if (!reservation.ok) {
    return refuse(429, {
      code: 'spend_cap',
      limit: env.PLAYGROUND_DAILY_SPEND_CAP_USD,
      resetAt: reservation.resetAt.toISOString(),
      message: `today's spend cap of $${env.PLAYGROUND_DAILY_SPEND_CAP_USD} for real model calls is reached`,
    });
  }
  return { ok: true, reservation };
}

/**
 * Streams the routed model's answer as NDJSON lines: the decision, text as
 * it arrives, then the real usage and cost, which settle the reservation.
 */
export function streamModelAnswer(
  request: RouteRequest,
  reservation: { day: string; reservedPico: bigint },
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const client = createModelClient({
    apiKey: env.GEMINI_API_KEY,
    baseUrl: env.GEMINI_BASE_URL,
    timeoutMs: env.GEMINI_TIMEOUT_MS,
  });
  const adapter = new GeminiAdapter(client, {
    maxOutputTokens: env.PLAYGROUND_MAX_OUTPUT_TOKENS,
    thinkingBudget: env.PLAYGROUND_THINKING_BUDGET,
  });
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (line: AnswerStreamLine) =>
        controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      let actualPico = 0n;
      let sentText = false;
      try {
        // With a key, the lesson's inspect-then-pick: the cheapest model names the
        // bucket (falling back to the local classifier on any error). Rules need no bucket.
        let classification: { bucket: Bucket; reasons: Reason[]; byModel: boolean } | undefined;
        if (request.strategy !== 'rules') {
          const asked = await classifyWithModel(client, request.prompt, {
            signal,
            timeoutMs: CLASSIFY_TIMEOUT_MS,
          });
          actualPico += BigInt(asked.costPico ?? 0);
          classification = {
            bucket: asked.bucket,
            reasons: asked.reasons,
            byModel: asked.source === 'model',
          };
        }
        for await (const event of adapter.stream(request, { signal, classification })) {
          if (event.type === 'decision') send({ type: 'decision', decision: event.decision });
          else if (event.type === 'text') {
            sentText = true;
            send({ type: 'text', text: event.text });
          } else {
            actualPico += BigInt(event.costPico);
            // Both ids go to the usage log: the model asked and the one that answered.
            logUsage(usageLogEntry(event));
            send({
              type: 'done',
              model: event.model,
              askedModel: event.askedModel,
              rerouted: event.rerouted,
              billedModel: event.billedModel,
              usage: event.usage,
              costUsd: event.costUsd,
              fellBack: event.fellBack,
            });
          }
        }
      } catch (error) {
        // A call that failed before any text bills nothing; after text, keep the reservation (it may be billed).
        if (sentText)
          actualPico =
            actualPico > reservation.reservedPico ? actualPico : reservation.reservedPico;
        const message = isGeminiError(error) ? error.message : 'the model call failed';
        const code = isGeminiError(error) ? error.code : 'unknown';
        send({ type: 'error', error: { code, message } });
      } finally {
        await settleSpend(db, { ...reservation, actualPico }).catch(() => undefined);
        controller.close();
      }
    },
  });
}
