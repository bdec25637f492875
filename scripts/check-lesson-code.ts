/**
 * Type-checks every TypeScript code block of every lesson against the project.
 *
 *   npx tsx scripts/check-lesson-code.ts      (the unit test tests/unit/content/lesson-code.test.ts runs it too)
 *
 * How blocks are placed, so that a block reads like a file in the learner's project:
 * - A block whose title starts with a path ("lib/gemini/adapter.ts — ...") is
 *   that file of the lesson's own small project. Relative imports between the
 *   lesson's files resolve to each other; a relative import of a file the
 *   lesson does not write resolves to the real project at that path (so
 *   `../router/cost` from the lesson's `lib/gemini/adapter.ts` is the real
 *   lib/router/cost.ts).
 * - Any other block is a module at the project root.
 * - `@/...` is the real project, as in tsconfig.json. A block that imports
 *   lib/router or lib/gemini compiles against the real modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface LessonBlock {
  lesson: string;
  /** 1-based line of the opening fence in the MDX file. */
  line: number;
  title: string;
  /** The file the block stands for, relative to the project root. */
  file: string;
  code: string;
}

export interface BlockDiagnostic {
  lesson: string;
  line: number;
  title: string;
  message: string;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, 'content', 'courses');
const VIRTUAL = path.join(ROOT, '.lesson-code');

/** Every ```ts / ```tsx / ```typescript block of every lesson. */
export function lessonBlocks(contentDir = CONTENT): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  for (const course of readdirSync(contentDir, { withFileTypes: true })) {
    if (!course.isDirectory()) continue;
    const dir = path.join(contentDir, course.name);
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const lesson = `${course.name}/${name}`;
      const lines = readFileSync(path.join(dir, name), 'utf8').split('\n');
      let n = 0;
      for (let i = 0; i < lines.length; i++) {
        const open = /^```(ts|tsx|typescript)\b(.*)$/.exec(lines[i]!);
        if (!open) continue;
        const meta = open[2] ?? '';
        const title = /title="([^"]*)"/.exec(meta)?.[1] ?? '';
        const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
        if (end < 0) throw new Error(`${lesson}:${i + 1}: code block is never closed`);
        const code = lines.slice(i + 1, end).join('\n');
        const ext = open[1] === 'tsx' ? 'tsx' : 'ts';
        const titled = /^([\w.@/[\]-]+\.tsx?)(\s|$)/.exec(title)?.[1];
        n++;
        blocks.push({
          lesson,
          line: i + 1,
          title,
          file: titled ?? `lesson-block-${n}.${ext}`,
          code,
        });
        i = end;
      }
    }
  }
  return blocks;
}

/** Type-check the blocks; returns one diagnostic per error, naming the lesson and the block. */
export function checkLessonCode(blocks: LessonBlock[] = lessonBlocks()): BlockDiagnostic[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    incremental: false,
    plugins: [],
    // Lesson snippets are examples: an unused import is not an error in a lesson.
    noUnusedLocals: false,
    noUnusedParameters: false,
  };

  // Each lesson gets its own folder of virtual files, so two lessons may both write lib/gemini/adapter.ts.
  const slug = (lesson: string) => lesson.replace(/[^\w-]+/g, '_');
  const virtual = new Map<string, LessonBlock>();
  const realEquivalent = new Map<string, string>();
  for (const b of blocks) {
    const v = path.join(VIRTUAL, slug(b.lesson), b.file);
    if (virtual.has(v)) throw new Error(`${b.lesson}:${b.line}: two blocks write ${b.file}`);
    virtual.set(v, b);
    realEquivalent.set(v, path.join(ROOT, b.file));
  }

  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const b = virtual.get(path.resolve(fileName));
    if (b) return ts.createSourceFile(fileName, b.code, languageVersion, true);
    return getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => virtual.has(path.resolve(f)) || fileExists(f);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => virtual.get(path.resolve(f))?.code ?? readFile(f);

  const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
  host.resolveModuleNameLiterals = (literals, containingFile) => {
    const from = path.resolve(containingFile);
    const block = virtual.get(from);
    return literals.map((lit) => {
      const spec = lit.text;
      if (block && (spec.startsWith('./') || spec.startsWith('../'))) {
        // The lesson's own file first...
        const lessonDir = path.dirname(from);
        for (const ext of ['', ...extensions]) {
          const candidate = path.resolve(lessonDir, spec) + ext;
          if (virtual.has(candidate) && virtual.get(candidate)!.lesson === block.lesson) {
            return {
              resolvedModule: {
                resolvedFileName: candidate,
                extension: candidate.endsWith('x') ? ts.Extension.Tsx : ts.Extension.Ts,
              },
            };
          }
        }
        // ...else the real project at the same place.
        return ts.resolveModuleName(spec, realEquivalent.get(from)!, options, host);
      }
      return ts.resolveModuleName(spec, block ? realEquivalent.get(from)! : from, options, host);
    });
  };

  const program = ts.createProgram({
    rootNames: [...virtual.keys(), path.join(ROOT, 'next-env.d.ts')].filter(
      (f) => virtual.has(f) || ts.sys.fileExists(f),
    ),
    options,
    host,
  });
  const out: BlockDiagnostic[] = [];
  for (const [file, b] of virtual) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    for (const d of [
      ...program.getSyntacticDiagnostics(sf),
      ...program.getSemanticDiagnostics(sf),
    ]) {
      const pos = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start) : undefined;
      out.push({
        lesson: b.lesson,
        line: b.line + 1 + (pos?.line ?? 0),
        title: b.title,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      });
    }
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const blocks = lessonBlocks();
  const errors = checkLessonCode(blocks);
  for (const e of errors)
    console.log(`content/courses/${e.lesson}:${e.line} [${e.title}] ${e.message}`);
  console.log(`${blocks.length} TypeScript blocks, ${errors.length} errors`);
  process.exitCode = errors.length ? 1 : 0;
}
