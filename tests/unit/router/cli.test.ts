import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleLine } from '../../../scripts/router';

describe('handleLine', () => {
  it('turns a valid line into a decision', () => {
    const out = handleLine('{"id":"a","prompt":"Say hello","latencyBudgetMs":200}');
    expect(out).toMatchObject({ id: 'a', tier: 'flash-lite', offline: true });
  });

  it('turns malformed JSON into an invalid_json error', () => {
    const out = handleLine('{"prompt": ');
    expect('error' in out && out.error.code).toBe('invalid_json');
  });

  it('turns a bad request into its validation error, with the id', () => {
    expect(handleLine('{"id":"b","prompt":"  "}')).toEqual({
      id: 'b',
      error: { code: 'prompt_empty', message: 'prompt must not be empty', field: 'prompt' },
    });
  });
});

describe('router CLI (route --jsonl)', () => {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const run = (args: string[], input = '') =>
    spawnSync(tsx, ['scripts/router.ts', ...args], { input, encoding: 'utf8', timeout: 20_000 });

  it('answers each line in order, skips blank lines, keeps going after a bad one and exits 1', () => {
    const r = run(
      ['route', '--jsonl'],
      '{"id":"1","prompt":"hi"}\n\nnot json\n{"id":"3","prompt":"Prove 2 is prime"}\n',
    );
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id?: string; error?: { code: string } });
    expect(lines).toHaveLength(3);
    expect(lines[0]?.id).toBe('1');
    expect(lines[1]?.error?.code).toBe('invalid_json');
    expect(lines[2]?.id).toBe('3');
    expect(r.status).toBe(1);
  });

  it('exits 0 when every line is fine', () => {
    expect(run(['route', '--jsonl'], '{"prompt":"hi"}\n').status).toBe(0);
  });

  it('prints usage on an unknown command', () => {
    const r = run(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"[\s\S]*Usage:/);
  });
});

describe('router CLI --at', () => {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const run = (args: string[], input = '') =>
    spawnSync(tsx, ['scripts/router.ts', ...args], { input, encoding: 'utf8', timeout: 20_000 });
  const tools =
    '{"id":"t","prompt":"Look up the weather","needsTools":true,"maxContext":80000,"strategy":"rules"}\n';

  it('decides and prices with the catalog of that day', () => {
    const [dec, jan] = ['2026-12-01', '2027-01-02'].map((day) => {
      const r = run(['route', '--jsonl', '--at', day], tools);
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout) as {
        model: string;
        at: string;
        inputTokens: number;
        estimatedOutputTokens: number;
        costUsd: { picked: number };
        costPico: { picked: number };
      };
    });
    expect(dec!.at).toBe('2026-12-01');
    expect(jan!.at).toBe('2027-01-02');
    expect(dec!.model).toBe('gemini-3.8-flash');
    // 0.75 / 3.75 per 1M on 2026-12-01, 1.50 / 7.50 from 2027-01-01.
    expect(dec!.costPico.picked).toBe(
      dec!.inputTokens * 750_000 + dec!.estimatedOutputTokens * 3_750_000,
    );
    expect(jan!.costPico.picked).toBe(
      jan!.inputTokens * 1_500_000 + jan!.estimatedOutputTokens * 7_500_000,
    );
    expect(jan!.costUsd.picked).toBe(jan!.costPico.picked / 1e12);
  });

  it('answers a bad day with an error line naming at, and exits 1', () => {
    const r = run(['route', '--jsonl', '--at', '2026-02-30'], tools);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        code: 'invalid_at',
        message: 'at must be a day written YYYY-MM-DD (got "2026-02-30")',
        field: 'at',
      },
    });
    const e = run(['exercise', '--at', 'tomorrow']);
    expect(e.status).toBe(2);
    expect(e.stderr).toMatch(/^at must be a day written YYYY-MM-DD/);
  });

  it('runs the exercise on a day, naming no model shut down that day', () => {
    const r = run(['exercise', '--json', '--at', '2027-01-02']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { at: string; decisions: { model: string }[] };
    expect(out.at).toBe('2027-01-02');
    const models = new Set(out.decisions.map((d) => d.model));
    expect([...models].sort()).toEqual([
      'gemini-2.5-flash-lite',
      'gemini-3.1-pro-preview',
      'gemini-3.8-flash',
    ]);
  });
});

describe('router CLI tiers', () => {
  it("prints each tier's model on a day as JSON (the lessons' Python tab reads it)", () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const r = spawnSync(tsx, ['scripts/router.ts', 'tiers', '--at', '2026-12-01'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      'flash-lite': 'gemini-2.5-flash-lite',
      flash: 'gemini-3.8-flash',
      pro: 'gemini-3.1-pro-preview',
    });
  });
});
