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
