/**
 * Measure the router on every eval set in eval/ (or --file F, repeatable):
 * per-prompt mismatches, under-routing (sent cheaper than the label: a
 * quality risk) and over-routing (sent dearer than the label) per set, per
 * language and overall, and savings vs always-Pro, all priced from the same
 * catalog and token estimates. None of these prompts trains the classifier or
 * picks its thresholds (see eval/README.md).
 *
 *   npm run router:eval [-- --file F ...] [-- --strategy auto|classify|rules] [-- --quiet]
 *
 * Exits 1 when a target is missed: under-routing > 5 % or over-routing > 15 %
 * overall or on any set, or more than 2 % of the prompts labelled Pro (math,
 * multi-step reasoning, proofs, hard algorithms, agents) under-routed.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Strategy } from '../lib/router';
import { STRATEGIES, formatUsd, picoToUsd, routePrompt, tierRank } from '../lib/router';
import type { EvalSet } from './dev-sets';
import { evalSetFiles, readEvalSet } from './dev-sets';

export const TARGETS = { maxUnder: 0.05, maxOver: 0.15, maxUnderPro: 0.02 };

/** Counts of one group of prompts. */
export interface Tally {
  n: number;
  under: number;
  over: number;
  /** Prompts labelled Pro, and how many of them went cheaper. */
  pro: number;
  proUnder: number;
}

export interface Mismatch {
  set: string;
  id: string;
  lang: string;
  label: string;
  got: string;
  bucket: string;
  prompt: string;
}

export interface EvalReport {
  strategy: Strategy;
  overall: Tally;
  bySet: Map<string, Tally>;
  byLang: Map<string, Tally>;
  mismatches: Mismatch[];
  costPico: { routed: number; alwaysPro: number };
  /**
   * Translations of one prompt (items sharing `parallel`): the tier each
   * language got, one entry per group.
   */
  parallel: Map<string, Map<string, string>>;
  /** Targets missed, in words; empty when all are met. */
  failures: string[];
}

const empty = (): Tally => ({ n: 0, under: 0, over: 0, pro: 0, proUnder: 0 });
const rate = (k: number, n: number): number => (n ? k / n : 0);

/** Route every prompt of the sets and tally the results. */
export function evaluateSets(sets: EvalSet[], strategy: Strategy = 'auto'): EvalReport {
  const overall = empty();
  const bySet = new Map<string, Tally>();
  const byLang = new Map<string, Tally>();
  const mismatches: Mismatch[] = [];
  const parallel = new Map<string, Map<string, string>>();
  let routed = 0;
  let alwaysPro = 0;
  for (const set of sets) {
    const st = bySet.get(set.name) ?? empty();
    bySet.set(set.name, st);
    for (const it of set.items) {
      const d = routePrompt({ id: it.id, prompt: it.prompt, strategy });
      routed += d.costPico.picked;
      alwaysPro += d.costPico.alwaysPro;
      const lt = byLang.get(it.lang) ?? empty();
      byLang.set(it.lang, lt);
      if (it.parallel) {
        const group = parallel.get(it.parallel) ?? new Map<string, string>();
        parallel.set(it.parallel, group.set(it.lang, d.tier));
      }
      const diff = tierRank(d.tier) - tierRank(it.label);
      for (const t of [overall, st, lt]) {
        t.n++;
        if (diff < 0) t.under++;
        if (diff > 0) t.over++;
        if (it.label === 'pro') {
          t.pro++;
          if (diff < 0) t.proUnder++;
        }
      }
      if (diff !== 0)
        mismatches.push({
          set: set.name,
          id: it.id,
          lang: it.lang,
          label: it.label,
          got: d.tier,
          bucket: d.bucket ?? '',
          prompt: it.prompt,
        });
    }
  }
  const failures: string[] = [];
  const check = (name: string, t: Tally): void => {
    if (rate(t.under, t.n) > TARGETS.maxUnder)
      failures.push(
        `${name}: under-routing ${pct(rate(t.under, t.n))} > ${TARGETS.maxUnder * 100}%`,
      );
    if (rate(t.over, t.n) > TARGETS.maxOver)
      failures.push(`${name}: over-routing ${pct(rate(t.over, t.n))} > ${TARGETS.maxOver * 100}%`);
  };
  check('overall', overall);
  for (const [name, t] of bySet) check(name, t);
  if (rate(overall.proUnder, overall.pro) > TARGETS.maxUnderPro)
    failures.push(
      `math & reasoning (label pro): under-routing ${pct(rate(overall.proUnder, overall.pro))} > ${TARGETS.maxUnderPro * 100}%`,
    );
  return {
    strategy,
    overall,
    bySet,
    byLang,
    mismatches,
    costPico: { routed, alwaysPro },
    parallel,
    failures,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function row(name: string, t: Tally): string {
  const pro = t.pro ? `  pro-labelled under ${t.proUnder}/${t.pro}` : '';
  return `  ${name.padEnd(18)} n=${String(t.n).padStart(4)}  under ${pct(rate(t.under, t.n)).padStart(6)} (${t.under})  over ${pct(rate(t.over, t.n)).padStart(6)} (${t.over})${pro}`;
}

/** The report as the command prints it. */
export function formatReport(r: EvalReport, files: string[], quiet = false): string {
  const out: string[] = [];
  const names = files.map((f) => path.relative(process.cwd(), f) || f).join(', ');
  out.push(`Router eval: ${names} (${r.overall.n} prompts, strategy ${r.strategy})`, '');
  if (!quiet) {
    out.push(r.mismatches.length ? 'Mismatches:' : 'No mismatches.');
    for (const m of r.mismatches)
      out.push(
        `  ${tierRank(m.got as never) < tierRank(m.label as never) ? 'UNDER' : 'over '} ${m.id.padEnd(20)} ${m.lang.padEnd(3)} label ${m.label.padEnd(10)} got ${m.got.padEnd(10)} ${m.bucket.padEnd(6)} ${m.prompt.slice(0, 60).replace(/\s+/g, ' ')}`,
      );
    out.push('');
  }
  out.push('By set:');
  for (const [name, t] of r.bySet) out.push(row(name, t));
  out.push('By language:');
  for (const [name, t] of [...r.byLang].sort((a, b) => b[1].n - a[1].n)) out.push(row(name, t));
  if (r.parallel.size) {
    const split = [...r.parallel].filter(([, tiers]) => new Set(tiers.values()).size > 1);
    out.push(
      `Same prompt in several languages: ${r.parallel.size - split.length} of ${r.parallel.size} routed alike in every language`,
    );
    for (const [key, tiers] of split)
      out.push(`  ${key}: ${[...tiers].map(([lang, tier]) => `${lang} ${tier}`).join(', ')}`);
  }
  out.push('Overall:');
  out.push(row('all sets', r.overall));
  out.push('');
  const o = r.overall;
  out.push(
    `under-routing: ${pct(rate(o.under, o.n))} (${o.under}/${o.n}, limit ${TARGETS.maxUnder * 100}% overall and per set)`,
  );
  out.push(
    `over-routing:  ${pct(rate(o.over, o.n))} (${o.over}/${o.n}, limit ${TARGETS.maxOver * 100}% overall and per set)`,
  );
  out.push(
    `math & reasoning under-routing (label pro): ${pct(rate(o.proUnder, o.pro))} (${o.proUnder}/${o.pro}, limit ${TARGETS.maxUnderPro * 100}%)`,
  );
  const { routed, alwaysPro } = r.costPico;
  out.push(
    `cost: router ${formatUsd(picoToUsd(routed))} vs always-Pro ${formatUsd(picoToUsd(alwaysPro))}: savings ${((1 - routed / alwaysPro) * 100).toFixed(1)}% (${(routed / alwaysPro).toFixed(2)}x of always-Pro)`,
  );
  for (const f of r.failures) out.push(`MISSED ${f}`);
  out.push(r.failures.length ? 'FAIL' : 'PASS');
  return out.join('\n');
}

function main(): number {
  const args = process.argv.slice(2);
  const files: string[] = [];
  let strategy: Strategy = 'auto';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--file') files.push(path.resolve(args[++i] ?? ''));
    else if (args[i] === '--strategy') strategy = (args[++i] ?? '') as Strategy;
  }
  if (!STRATEGIES.includes(strategy)) {
    console.error(`unknown strategy "${strategy}" (use ${STRATEGIES.join(', ')})`);
    return 2;
  }
  const chosen = files.length ? files : evalSetFiles();
  const report = evaluateSets(chosen.map(readEvalSet), strategy);
  console.log(formatReport(report, chosen, args.includes('--quiet')));
  return report.failures.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  process.exitCode = main();
