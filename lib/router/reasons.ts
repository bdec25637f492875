/**
 * Why the router decided as it did, as codes with parameters. The JSON API
 * keeps English sentences (`Decision.reasons`, made here from the codes);
 * pages turn the codes into words in their own language (messages/*.json,
 * namespace `Reasons`, one entry per code with the same parameters).
 */

/** Every reason the router and the model classifier give, with its English wording. */
export const REASON_TEXT_EN = {
  rules_latency:
    'Latency budget {latencyMs} ms is under 500 ms: Flash-Lite has the fastest first token.',
  rules_reasoning: 'Reasoning was declared: multi-step logic, code and math go to Pro.',
  rules_context_pro:
    'Context of {tokens} tokens is over 200K: only Pro keeps quality on long context.',
  rules_tools: 'Tools were declared without reasoning: Flash handles tool calls well.',
  rules_context_flash: 'Context of {tokens} tokens is over 50K: Flash rather than Flash-Lite.',
  rules_default:
    'No reasoning, tools, long context or tight latency declared: the cheapest model, Flash-Lite, is enough.',
  classify_chat:
    'Prompt looks like everyday writing, conversation or a plain question (CHAT, confidence {confidence}).',
  classify_code:
    'Prompt looks like code or careful structured work (CODE, confidence {confidence}).',
  classify_reason:
    'Prompt looks like multi-step reasoning, math or proof (REASON, confidence {confidence}).',
  classify_agent:
    'Prompt looks like a multi-step workflow with tools (AGENT, confidence {confidence}).',
  classify_windows: 'Read in {parts} parts; part {part} asked the most of the model.',
  classify_claims:
    'Sentences asking for a model or tier ({count}) carried no weight: declared needs come from the request.',
  classify_leaning:
    'Likeliest was {bucket} ({probability}), but the chance it needs a stronger model was too high: leaning to the more capable one.',
  bucket_tier: '{bucket} prompts go to {tier}.',
  latency_first:
    'The prompt alone would suggest {tier} ({bucket}), but the declared latency budget comes first.',
  needs_ask_more: 'The declared needs ask for more than the prompt alone: {tier}.',
  prompt_needs_more: 'The prompt needs more than the declared needs: {tier}.',
  model_retired: '{model} was shut down on {date}: using its successor {successor}.',
  context_window:
    'Input of {tokens} tokens exceeds the {window}-token context window: split or trim it.',
  model_classified:
    '{model} classified the prompt as {bucket} (one short call, {tokens} input tokens).',
  model_offline: 'No API key is configured, so the local classifier decided (no model was asked).',
  model_no_flash_lite:
    'The catalog has no live Flash-Lite model ({detail}); used the local classifier.',
  model_failed: 'Asking {model} failed ({detail}); used the local classifier instead.',
  model_bad_answer:
    '{model} answered {answer}, not one of CHAT/CODE/REASON/AGENT; used the local classifier instead.',
} as const;

export type ReasonCode = keyof typeof REASON_TEXT_EN;

/** One reason: a code and the values its sentence needs (numbers stay numbers). */
export interface Reason {
  code: ReasonCode;
  params: Record<string, string | number>;
}

export function reason(code: ReasonCode, params: Record<string, string | number> = {}): Reason {
  return { code, params };
}

/** Numbers as the English sentences have always shown them: 250,000 and 0.62. */
function formatParam(value: string | number): string {
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
}

/** The English sentence of a reason (what the JSON API and the CLI print). */
export function reasonText({ code, params }: Reason): string {
  return REASON_TEXT_EN[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(params[name]!) : whole,
  );
}
