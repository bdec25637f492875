/**
 * The router's CLI (offline, no API key needed).
 *
 *   npm run --silent router -- route --jsonl        JSON lines in (stdin), one decision or error per line out
 *   npm run --silent router -- exercise [--file F] [--json]
 *                                                   the lesson's 100-prompt exercise (or the JSONL file F)
 *
 * Both take --at YYYY-MM-DD: the catalog as it stands on that day (default today, UTC).
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Decision, RouteError, RouteRequest } from '../lib/router';
import {
  catalog,
  dayOf,
  exercisePrompts,
  tierModels,
  isIsoDate,
  formatMultiple,
  formatUsd,
  parseRouteRequest,
  routeError,
  routePrompt,
  runExercise,
  strategyComparison,
} from '../lib/router';

const USAGE = `Usage:
  npm run --silent router -- route --jsonl [--at D]          read JSON requests from stdin, one per line;
                                                             write one decision or error per line (exit 1 if any failed)
  npm run --silent router -- exercise [--file F] [--json] [--at D]
                                                             route the 100 exercise prompts (or the JSONL file F)
                                                             and compare with always-Pro / Flash / Flash-Lite

  npm run --silent router -- tiers [--at D]                   each tier's model that day, as JSON {"flash-lite": id, ...}

--at D (YYYY-MM-DD): decide and price with the catalog as it stands on day D (default: today, UTC).

Request: {"id"?, "prompt", "needsTools"?, "needsReasoning"?, "maxContext"?, "latencyBudgetMs"?, "strategy"?: "rules"|"classify"|"auto"}`;

/** Turn one input line into a decision or an error object (never throws). */
export function handleLine(line: string, at: string = dayOf(new Date())): Decision | RouteError {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return routeError('invalid_json', `line is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseRouteRequest(input);
  if (!parsed.ok) return parsed.error;
  try {
    return routePrompt(parsed.value, { now: at });
  } catch (e) {
    return routeError('routing_failed', (e as Error).message, undefined, parsed.value.id);
  }
}

/**
 * The day of `--at`, today when absent; an error object naming `at` when the
 * value is not a real day YYYY-MM-DD.
 */
export function parseAt(
  args: string[],
): { ok: true; day: string } | { ok: false; error: RouteError } {
  const i = args.findIndex((a) => a === '--at' || a.startsWith('--at='));
  if (i < 0) return { ok: true, day: dayOf(new Date()) };
  const a = args[i]!;
  const value = a.startsWith('--at=') ? a.slice('--at='.length) : args[i + 1];
  if (!isIsoDate(value)) {
    return {
      ok: false,
      error: routeError(
        'invalid_at',
        `at must be a day written YYYY-MM-DD (got ${JSON.stringify(value ?? null)})`,
        'at',
      ),
    };
  }
  return { ok: true, day: value };
}

async function routeJsonl(at: string): Promise<number> {
  let failed = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const out = handleLine(line, at);
    if ('error' in out) failed++;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function readRequests(file: string): { requests: RouteRequest[]; errors: string[] } {
  const requests: RouteRequest[] = [];
  const errors: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let input: unknown;
      try {
        input = JSON.parse(line);
      } catch {
        errors.push(`${file}:${i + 1}: invalid JSON`);
        return;
      }
      const parsed = parseRouteRequest(input);
      if (parsed.ok) requests.push({ id: `line-${i + 1}`, ...parsed.value });
      else errors.push(`${file}:${i + 1}: ${parsed.error.error.message}`);
    });
  return { requests, errors };
}

const pad = (s: string, n: number): string =>
  s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);

function exercise(args: string[], at: string): number {
  const fileIdx = args.indexOf('--file');
  let prompts = exercisePrompts;
  let errors: string[] = [];
  if (fileIdx >= 0) {
    const file = args[fileIdx + 1];
    if (!file) {
      console.error('--file needs a path to a JSONL file of requests');
      return 2;
    }
    ({ requests: prompts, errors } = readRequests(file));
    if (prompts.length === 0) {
      console.error(`no valid requests in ${file}`);
      for (const e of errors) console.error(`  ${e}`);
      return 1;
    }
  }
  const result = runExercise(prompts, { now: at });
  const strategies = strategyComparison(prompts, { now: at });
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ at, ...result, strategies, errors }, null, 2)}\n`);
    return errors.length ? 1 : 0;
  }
  console.log(
    `${'id'.padEnd(8)} ${'model'.padEnd(22)} ${'bucket'.padEnd(7)} ${'in tok'.padStart(8)} ${'out tok'.padStart(7)} ${'cost'.padStart(11)}  prompt`,
  );
  for (const [i, d] of result.decisions.entries()) {
    const p = prompts[i];
    console.log(
      `${pad(d.id ?? String(i + 1), 8)} ${pad(d.model, 22)} ${pad(d.bucket ?? '-', 7)} ${String(d.inputTokens).padStart(8)} ${String(d.estimatedOutputTokens).padStart(7)} ${formatUsd(d.costUsd.picked).padStart(11)}  ${pad((p?.prompt ?? '').replace(/\s+/g, ' '), 60)}`,
    );
  }
  const t = result.totals;
  const n = result.decisions.length;
  console.log(`\nCatalog day: ${at}.`);
  console.log(
    `${n} prompts. Model share: ${Object.entries(result.share)
      .map(([tier, s]) => `${tier} ${s.count} (${(s.share * 100).toFixed(0)}%)`)
      .join(', ')}`,
  );
  console.log('\nTotal cost (same token estimates for every row):');
  const rows: [string, number][] = [
    ['router', t.router.usd],
    ['always Pro', t.alwaysPro.usd],
    ['always Flash', t.alwaysFlash.usd],
    ['always Flash-Lite', t.alwaysFlashLite.usd],
  ];
  for (const [label, usd] of rows) {
    console.log(
      `  ${label.padEnd(18)} ${formatUsd(usd).padStart(11)}  ${formatMultiple(t.alwaysPro.usd ? usd / t.alwaysPro.usd : 0).padStart(7)} of always-Pro`,
    );
  }
  console.log(`  savings vs always-Pro: ${(result.savingsVsPro * 100).toFixed(1)}%`);
  console.log('\nStrategies (the lesson table, recomputed for these prompts):');
  for (const r of strategies.rows) {
    const total =
      r.totalMax !== undefined
        ? `${formatUsd(r.total.usd)}-${formatUsd(r.totalMax.usd)}`
        : formatUsd(r.total.usd);
    const multiple =
      r.multipleOfProMax !== undefined
        ? `${formatMultiple(r.multipleOfPro)}-${formatMultiple(r.multipleOfProMax)}`
        : formatMultiple(r.multipleOfPro);
    console.log(
      `  ${r.label.padEnd(24)} ${total.padStart(11)}  ${multiple.padStart(7)}  ${r.note}`,
    );
  }
  if (errors.length) {
    console.error(`\n${errors.length} line(s) skipped:`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  return 0;
}

async function main(): Promise<number> {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'route' || cmd === 'exercise' || cmd === 'tiers') {
    const at = parseAt(rest);
    if (!at.ok) {
      // Same shape as a bad request line, on stdout for route --jsonl readers.
      if (cmd === 'route') process.stdout.write(`${JSON.stringify(at.error)}\n`);
      else console.error(at.error.error.message);
      return cmd === 'route' ? 1 : 2;
    }
    if (cmd === 'exercise') return exercise(rest, at.day);
    if (cmd === 'tiers') {
      const models = tierModels(catalog, at.day);
      const out = Object.fromEntries(Object.entries(models).map(([t, m]) => [t, m.id]));
      process.stdout.write(`${JSON.stringify(out)}\n`);
      return 0;
    }
    if (!rest.includes('--jsonl')) {
      console.error(`route reads JSON lines: pass --jsonl\n\n${USAGE}`);
      return 2;
    }
    return routeJsonl(at.day);
  }
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log(USAGE);
    return cmd === undefined ? 2 : 0;
  }
  console.error(`unknown command "${cmd}"\n\n${USAGE}`);
  return 2;
}

// Only run when executed as a script, so tests can import handleLine.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  process.exitCode = await main();
}
