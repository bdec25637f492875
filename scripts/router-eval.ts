/**
 * Measure the router on MT-Bench's first turns (eval/mt-bench.jsonl,
 * or --file F): per-prompt mismatches, under-routing (sent cheaper than the
 * label: a quality risk), over-routing (sent dearer than the label) and
 * savings vs always-Pro, all priced from the same catalog and token estimates.
 *
 *   npm run router:eval [-- --file F] [-- --strategy auto|classify|rules]
 *
 * Exits 1 when under-routing > 5 % or over-routing > 20 %.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Strategy, Tier } from '../lib/router';
import { STRATEGIES, TIERS, formatUsd, picoToUsd, routePrompt, tierRank } from '../lib/router';

const MAX_UNDER = 0.05;
const MAX_OVER = 0.2;

interface EvalItem {
  id: string;
  category: string;
  label: Tier;
  prompt: string;
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function loadEval(file: string): EvalItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const o = JSON.parse(l) as Partial<EvalItem>;
      if (typeof o.prompt !== 'string' || !TIERS.includes(o.label as Tier)) {
        throw new Error(`${file}:${i + 1}: needs "prompt" and "label" (flash-lite|flash|pro)`);
      }
      return {
        id: o.id ?? `line-${i + 1}`,
        category: o.category ?? '-',
        label: o.label as Tier,
        prompt: o.prompt,
      };
    });
}

function main(): number {
  const args = process.argv.slice(2);
  const file = argValue(args, '--file') ?? path.resolve('eval', 'mt-bench.jsonl');
  const strategy = (argValue(args, '--strategy') ?? 'auto') as Strategy;
  if (!STRATEGIES.includes(strategy)) {
    console.error(`unknown strategy "${strategy}" (use ${STRATEGIES.join(', ')})`);
    return 2;
  }
  const items = loadEval(file);
  let under = 0,
    over = 0,
    routed = 0,
    pro = 0;
  const byCat = new Map<string, { n: number; under: number; over: number }>();
  const lines: string[] = [];
  for (const it of items) {
    const d = routePrompt({ id: it.id, prompt: it.prompt, strategy });
    routed += d.costPico.picked;
    pro += d.costPico.alwaysPro;
    const diff = tierRank(d.tier) - tierRank(it.label);
    const c = byCat.get(it.category) ?? { n: 0, under: 0, over: 0 };
    c.n++;
    if (diff < 0) {
      under++;
      c.under++;
    }
    if (diff > 0) {
      over++;
      c.over++;
    }
    byCat.set(it.category, c);
    if (diff !== 0) {
      lines.push(
        `${diff < 0 ? 'UNDER' : 'over '} ${it.id.padEnd(6)} ${it.category.padEnd(10)} label ${it.label.padEnd(10)} got ${d.tier.padEnd(10)} ${(d.bucket ?? '').padEnd(6)} ${it.prompt.slice(0, 70).replace(/\s+/g, ' ')}`,
      );
    }
  }
  const n = items.length;
  const underRate = under / n;
  const overRate = over / n;
  console.log(
    `Router eval: ${path.relative(process.cwd(), file) || file} (${n} prompts, strategy ${strategy})\n`,
  );
  console.log(lines.length ? 'Mismatches:' : 'No mismatches.');
  for (const l of lines) console.log(`  ${l}`);
  console.log('\nBy category:');
  for (const [cat, c] of byCat)
    console.log(
      `  ${cat.padEnd(11)} n=${String(c.n).padStart(3)}  under ${c.under}  over ${c.over}`,
    );
  console.log('');
  console.log(
    `under-routing: ${(underRate * 100).toFixed(1)}% (${under}/${n}, limit ${MAX_UNDER * 100}%)`,
  );
  console.log(
    `over-routing:  ${(overRate * 100).toFixed(1)}% (${over}/${n}, limit ${MAX_OVER * 100}%)`,
  );
  console.log(
    `cost: router ${formatUsd(picoToUsd(routed))} vs always-Pro ${formatUsd(picoToUsd(pro))}: savings ${((1 - routed / pro) * 100).toFixed(1)}% (${(routed / pro).toFixed(2)}x of always-Pro)`,
  );
  const ok = underRate <= MAX_UNDER && overRate <= MAX_OVER;
  console.log(ok ? 'PASS' : 'FAIL');
  return ok ? 0 : 1;
}

process.exitCode = main();
