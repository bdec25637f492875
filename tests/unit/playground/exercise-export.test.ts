import { describe, expect, it } from 'vitest';
import { exerciseLogToCsv, exerciseLogToJsonl } from '@/lib/playground/exercise-export';
import { routePrompt } from '@/lib/router/route';

const now = new Date('2026-11-20T00:00:00Z');
const entry = (prompt: string) => ({
  prompt,
  decision: routePrompt({ id: 'x', prompt, strategy: 'rules' }, { now }),
});

describe('exerciseLogToCsv', () => {
  it('writes a header and one row per prompt, with a BOM so spreadsheets read Korean', () => {
    const rows = exerciseLogToCsv([entry('안녕'), entry('hi')]).split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFid,prompt,strategy,bucket,tier,model,input_tokens,est_output_tokens,cost_usd,always_pro_usd,always_flash_lite_usd,reasons',
    );
    expect(rows[1]).toMatch(/^x,안녕,rules,,flash-lite,gemini-2\.5-flash-lite,/);
    expect(rows.filter(Boolean)).toHaveLength(3);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const csv = exerciseLogToCsv([entry('a, "b"\nc'), entry('=HYPERLINK("http://evil")')]);
    expect(csv).toContain('"a, ""b""\nc"');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('exerciseLogToJsonl', () => {
  it('writes the prompt with its decision, one JSON object per line', () => {
    const lines = exerciseLogToJsonl([entry('hi'), entry('yo')])
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      prompt: 'hi',
      id: 'x',
      strategy: 'rules',
      tier: 'flash-lite',
    });
  });
});
