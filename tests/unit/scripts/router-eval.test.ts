import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EVAL_DIR,
  SOURCES_DIR,
  TRAINING_DIR,
  evalSetFiles,
  isEvalHalf,
  nearDuplicate,
  readEvalSet,
  readSources,
  toEvalItem,
  trigrams,
} from '../../../scripts/dev-sets';
import { TARGETS, evaluateSets, formatReport } from '../../../scripts/router-eval';

const jsonl = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl'));

describe('npm run router:eval', () => {
  it('reads every labelled set in eval/ by default, and only the token texts are left out', () => {
    const read = evalSetFiles().map((f) => path.basename(f));
    expect(read).toEqual(jsonl.filter((f) => f !== 'tokens-multilingual.jsonl').sort());
    expect(read).toContain('mt-bench.jsonl');
    expect(read).toContain('multilingual.jsonl');
    for (const s of readSources()) expect(read).toContain(`${s[0]?.source}.jsonl`);
  });

  it('reports every set and language it read, and fails when a set misses a target', () => {
    const sets = evalSetFiles().map(readEvalSet);
    const r = evaluateSets(sets);
    expect([...r.bySet.keys()]).toEqual(sets.map((s) => s.name));
    expect(r.overall.n).toBe(sets.reduce((n, s) => n + s.items.length, 0));
    for (const lang of ['en', 'ko', 'ja', 'zh', 'ru', 'es'])
      expect(r.byLang.has(lang), lang).toBe(true);
    const text = formatReport(
      r,
      sets.map((s) => s.file),
      true,
    );
    for (const s of sets) expect(text).toContain(s.name);

    // A set of Pro prompts that all go cheaper must fail, whatever the others do.
    const bad = {
      name: 'bad',
      file: 'bad.jsonl',
      items: ['Hi!', 'Thanks!', 'Hello there'].map((prompt, i) => ({
        id: `b${i}`,
        category: 'x',
        lang: 'en',
        label: 'pro' as const,
        prompt,
      })),
    };
    const failed = evaluateSets([...sets, bad]);
    expect(failed.failures.some((f) => f.startsWith('bad: under-routing'))).toBe(true);
    expect(failed.failures.some((f) => f.startsWith('math & reasoning'))).toBe(true);
    expect(TARGETS).toEqual({ maxUnder: 0.05, maxOver: 0.15, maxUnderPro: 0.02 });
  });

  it('says which translations of one prompt were routed differently', () => {
    const item = (lang: string, parallel: string, prompt: string) => ({
      id: `${parallel}-${lang}`,
      category: lang,
      lang,
      parallel,
      label: 'flash-lite' as const,
      prompt,
    });
    const set = {
      name: 'translations',
      file: 'translations.jsonl',
      items: [
        item('en', 'hello', 'Hello, how are you?'),
        item('es', 'hello', 'Hola, ¿cómo estás?'),
        // Not a translation: the second "language" asks for a proof, so the group splits.
        item('en', 'split', 'What is the capital of France?'),
        item('ru', 'split', 'Докажите, что существует бесконечно много простых чисел.'),
      ],
    };
    const r = evaluateSets([set]);
    expect([...r.parallel.keys()]).toEqual(['hello', 'split']);
    const text = formatReport(r, [set.file], true);
    expect(text).toContain(
      'Same prompt in several languages: 1 of 2 routed alike in every language',
    );
    expect(text).toMatch(/ {2}split: en flash-lite, ru pro/);
    expect(text).not.toMatch(/ {2}hello:/);
  });
});

describe('dev sets', () => {
  const training = new Set(
    readdirSync(TRAINING_DIR)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(TRAINING_DIR, f), 'utf8').split('\n'))
      .filter((l) => l.includes('|') && !l.startsWith('#'))
      .map((l) => l.slice(l.indexOf('|') + 1).replace(/\\n/g, '\n')),
  );

  it('no eval prompt is in the training data, nor a near-duplicate of a training prompt', () => {
    const trainingGrams = [...training].map((text) => ({ text, grams: trigrams(text) }));
    const near: string[] = [];
    for (const f of evalSetFiles())
      for (const it of readEvalSet(f).items) {
        expect(training.has(it.prompt), `${f}: ${it.id}`).toBe(false);
        const grams = trigrams(it.prompt);
        for (const t of trainingGrams)
          if (nearDuplicate(grams, t.grams)) near.push(`${it.id} ~ ${t.text.slice(0, 60)}`);
      }
    expect(near).toEqual([]);
  });

  it('tells a paraphrase from a different prompt', () => {
    const a = trigrams('How many seasons of the office are there in total?');
    expect(nearDuplicate(a, trigrams('how many seasons of the office are there'))).toBe(true);
    expect(nearDuplicate(a, trigrams('Prove that the square root of two is irrational.'))).toBe(
      false,
    );
  });

  it('each source is split by its text alone: the EVAL half in eval/, the TRAIN half in training', () => {
    expect(readdirSync(SOURCES_DIR).length).toBeGreaterThanOrEqual(5);
    for (const items of readSources()) {
      const source = items[0]?.source ?? '';
      const evalPrompts = new Set(
        readEvalSet(path.join(EVAL_DIR, `${source}.jsonl`)).items.map((i) => i.prompt),
      );
      for (const it of items) {
        if (evalPrompts.has(it.prompt)) {
          expect(isEvalHalf(it.prompt)).toBe(true);
          expect(toEvalItem(it).label).toMatch(/^(flash-lite|flash|pro)$/);
        } else if (training.has(it.prompt)) expect(isEvalHalf(it.prompt)).toBe(false);
      }
      // Both halves are used.
      expect(evalPrompts.size, source).toBeGreaterThan(0);
      expect(
        items.some((it) => training.has(it.prompt)),
        source,
      ).toBe(true);
    }
  });
});
