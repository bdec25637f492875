/**
 * Development and evaluation sets of the router's classifier: how a source in
 * eval/sources/ is read, how it is split into a TRAIN half (for
 * lib/router/training) and an EVAL half (for eval/), and how an eval set is
 * read back. Used by scripts/build-dev-sets.ts, scripts/router-eval.ts and
 * their tests; never by the router itself.
 *
 * The split is fixed by a hash of each prompt's text alone, so it was decided
 * before any result was seen and does not move when a source grows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fnv1a } from '../lib/router/features';
import { BUCKET_TIER } from '../lib/router/tiers';
import type { Bucket, Tier } from '../lib/router/types';
import { BUCKETS, TIERS } from '../lib/router/types';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EVAL_DIR = path.join(ROOT, 'eval');
export const SOURCES_DIR = path.join(EVAL_DIR, 'sources');
export const TRAINING_DIR = path.join(ROOT, 'lib', 'router', 'training');

/** One labelled prompt of a source. */
export interface SourceItem {
  source: string;
  /** Position in the source (1-based), for stable ids. */
  n: number;
  bucket: Bucket;
  category: string;
  lang: string;
  prompt: string;
}

/** Character trigrams of a prompt, lower-cased. */
export function trigrams(text: string): Set<string> {
  const t = text.toLowerCase();
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

/**
 * Whether two prompts (as {@link trigrams}) are near-duplicates: trigram
 * Jaccard above 0.5, the bar for "a paraphrase" between training and
 * evaluation data and between cross-validation folds.
 */
export function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < big.size * 0.5) return false; // Jaccard <= size ratio
  let common = 0;
  for (const g of small) if (big.has(g)) common++;
  return common / (a.size + b.size - common) > 0.5;
}

/** Languages the eval reports on, detected from the script when not declared. */
export function detectLang(text: string): string {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\uac00-\ud7a3]/.test(text)) return 'ko';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  return 'en';
}

/** Languages named as an eval item's category in eval/multilingual.jsonl. */
const LANG_CODES = new Set([
  'en',
  'ko',
  'ja',
  'zh',
  'ru',
  'es',
  'fr',
  'de',
  'pt',
  'it',
  'vi',
  'th',
]);

/**
 * Half of every source goes to evaluation: the one whose hash of the prompt
 * text is even. Nothing but the text decides.
 */
export function isEvalHalf(prompt: string): boolean {
  return fnv1a(`split:${prompt}`) % 2 === 0;
}

/**
 * Read a source file. Lines are `BUCKET|prompt` (a literal `\n` is a line
 * break) or, in a file whose first record is a `### id` line, blocks of code
 * each turned into a prompt by {@link codeBlockPrompt}. `#category X` and
 * `#lang X` (or `#lang auto`) set the category and language of the lines
 * after them; other `#` lines are comments.
 */
export function readSource(file: string): SourceItem[] {
  const source = path.basename(file).replace(/\.txt$/, '');
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: SourceItem[] = [];
  let category = source;
  let lang = 'auto';
  let block: string[] | undefined;
  const flush = (): void => {
    if (!block) return;
    const code = block.join('\n').replace(/\s+$/, '');
    const prompt = codeBlockPrompt(code);
    out.push({ source, n: out.length + 1, bucket: 'CODE', category, lang: 'en', prompt });
    block = undefined;
  };
  for (const line of lines) {
    if (line.startsWith('### ')) {
      flush();
      block = [];
      continue;
    }
    if (block) {
      block.push(line);
      continue;
    }
    if (line.startsWith('#category ')) category = line.slice(10).trim();
    else if (line.startsWith('#lang ')) lang = line.slice(6).trim();
    if (!line.trim() || line.startsWith('#')) continue;
    const bar = line.indexOf('|');
    const bucket = line.slice(0, bar) as Bucket;
    if (bar < 0 || !BUCKETS.includes(bucket))
      throw new Error(`${file}: expected BUCKET|prompt: ${line}`);
    const prompt = line.slice(bar + 1).replace(/\\n/g, '\n');
    out.push({
      source,
      n: out.length + 1,
      bucket,
      category,
      lang: lang === 'auto' ? detectLang(prompt) : lang,
      prompt,
    });
  }
  flush();
  return out;
}

/** Instructions put in front of a bare function (HumanEval's prompts are code only). */
const CODE_INSTRUCTIONS = [
  'Complete this function.',
  'Complete this Python function:',
  'Implement the function below so that the examples in its docstring pass.',
  'Write the body of this function:',
];

/** A code block as a prompt: one of a few instructions (fixed by a hash of the code), then the code. */
export function codeBlockPrompt(code: string): string {
  const instruction = CODE_INSTRUCTIONS[fnv1a(code) % CODE_INSTRUCTIONS.length];
  return `${instruction}\n\n${code}`;
}

/** Every source in eval/sources, in name order. */
export function readSources(dir = SOURCES_DIR): SourceItem[][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readSource(path.join(dir, f)));
}

/** One line of an eval set. */
export interface EvalItem {
  id: string;
  category: string;
  lang: string;
  label: Tier;
  prompt: string;
  /** Shared by the translations of one prompt: they should route alike. */
  parallel?: string;
}

/** An eval set: its file and its items. */
export interface EvalSet {
  name: string;
  file: string;
  items: EvalItem[];
}

/** The eval item a source item becomes. */
export function toEvalItem(it: SourceItem): EvalItem & { source: string } {
  return {
    id: `${it.source}-${it.n}`,
    source: it.source,
    category: it.category,
    lang: it.lang,
    label: BUCKET_TIER[it.bucket],
    prompt: it.prompt,
  };
}

/** Read one eval set (JSON lines with `prompt` and `label`). */
export function readEvalSet(file: string): EvalSet {
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i): EvalItem => {
      const o = JSON.parse(l) as Partial<EvalItem>;
      if (typeof o.prompt !== 'string' || !TIERS.includes(o.label as Tier)) {
        throw new Error(`${file}:${i + 1}: needs "prompt" and "label" (flash-lite|flash|pro)`);
      }
      const category = o.category ?? '-';
      return {
        id: o.id ?? `line-${i + 1}`,
        category,
        lang: o.lang ?? (LANG_CODES.has(category) ? category : detectLang(o.prompt)),
        label: o.label as Tier,
        prompt: o.prompt,
        ...(typeof o.parallel === 'string' ? { parallel: o.parallel } : {}),
      };
    });
  return { name: path.basename(file).replace(/\.jsonl$/, ''), file, items };
}

/**
 * The eval sets in a folder: every `*.jsonl` whose lines carry a `label`
 * (files of other data, such as the token texts, have none and are skipped).
 */
export function evalSetFiles(dir = EVAL_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f))
    .filter((f) => {
      const first = readFileSync(f, 'utf8').split('\n', 1)[0] ?? '';
      try {
        return 'label' in (JSON.parse(first) as object);
      } catch {
        return false;
      }
    });
}
