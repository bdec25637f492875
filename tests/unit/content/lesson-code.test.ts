import { describe, expect, it } from 'vitest';
import { checkLessonCode, lessonBlocks, type LessonBlock } from '../../../scripts/check-lesson-code';

describe('lesson code', () => {
  const blocks = lessonBlocks();

  it('finds the TypeScript blocks of every lesson', () => {
    const lessons = new Set(blocks.map((b) => b.lesson));
    expect(lessons.size).toBe(4);
    expect(blocks.length).toBeGreaterThanOrEqual(15);
  });

  it('every TypeScript block type-checks against the project (lib/router and lib/gemini are the real modules)', () => {
    const errors = checkLessonCode(blocks);
    const report = errors.map((e) => `${e.lesson}:${e.line} [${e.title}] ${e.message}`);
    expect(report).toEqual([]);
  }, 60_000);

  it('fails a block that disagrees with the real modules, naming the lesson and the line', () => {
    const broken: LessonBlock = {
      lesson: 'test/broken.mdx',
      line: 10,
      title: 'a stale sample',
      file: 'lesson-block-1.ts',
      // An old catalog shape: tiers were a fixed map once.
      code: "import { catalog } from '@/lib/router';\nexport const pro: string = catalog.tiers.pro;\n",
    };
    const errors = checkLessonCode([broken]);
    expect(errors).toEqual([
      expect.objectContaining({
        lesson: 'test/broken.mdx',
        line: 12,
        message: expect.stringMatching(/Property 'tiers' does not exist on type 'Catalog'/),
      }),
    ]);
  }, 60_000);

  it("resolves a lesson's own files before the project's", () => {
    const types: LessonBlock = {
      lesson: 'test/own.mdx',
      line: 1,
      title: 'lib/gemini/types.ts — the lesson writes this file',
      file: 'lib/gemini/types.ts',
      code: 'export interface Mine { ok: true }\n',
    };
    const user: LessonBlock = {
      lesson: 'test/own.mdx',
      line: 20,
      title: 'lib/gemini/use.ts',
      file: 'lib/gemini/use.ts',
      code: "import type { Mine } from './types';\nimport { costPicoUsd } from '../router/cost';\nexport const m: Mine = { ok: true };\nexport const f = costPicoUsd;\n",
    };
    expect(checkLessonCode([types, user])).toEqual([]);
  }, 60_000);
});
