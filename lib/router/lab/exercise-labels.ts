/**
 * Labels of the lesson's 100 exercise prompts: the cheapest tier that can be
 * trusted with each, by lesson 02's rules. A latency budget under 500 ms is
 * a promise, so Flash-Lite; otherwise the more demanding of the declared
 * needs (SmartRouter) and the prompt's own kind: chat, writing and simple
 * extraction Flash-Lite; code and single-tool work Flash; reasoning, math
 * and multi-tool workflows Pro.
 */
import { exercisePrompts } from '../exercise-prompts';
import type { Tier } from '../types';
import type { LabelledPrompt } from './grade';

const id = (n: number) => `ex-${String(n).padStart(3, '0')}`;
const LABELS = new Map<string, Tier>();
const set = (from: number, to: number, tier: Tier) => {
  for (let n = from; n <= to; n++) LABELS.set(id(n), tier);
};

// 1-40 chat, writing, translation; 41-50 tight latency (the proof at 450 ms too).
set(1, 50, 'flash-lite');
// 51-67 code (two with tools); 68 extracting e-mail addresses is simple extraction.
set(51, 67, 'flash');
set(68, 68, 'flash-lite');
// 69-80 reasoning and math.
set(69, 80, 'pro');
// 81-90 long context: over 50K means Flash, over 200K Pro; exactly 50K stays Flash-Lite.
set(81, 82, 'flash');
set(83, 83, 'flash-lite');
set(84, 85, 'flash');
set(86, 86, 'pro');
set(87, 88, 'flash');
set(89, 89, 'pro');
set(90, 90, 'flash');
// 91-100 tools: multi-tool workflows Pro, one tool Flash.
set(91, 95, 'pro');
set(96, 96, 'flash');
set(97, 97, 'pro');
set(98, 98, 'flash');
set(99, 99, 'pro');
set(100, 100, 'flash');

/** The exercise's prompts with their labels (revealed in the lab only after a run). */
export const labelledExercisePrompts: LabelledPrompt[] = exercisePrompts.map((request) => {
  const label = LABELS.get(request.id ?? '');
  if (!label) throw new Error(`exercise prompt ${request.id} has no label`);
  return { ...request, id: request.id!, label };
});
