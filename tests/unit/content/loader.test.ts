import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, loadCourses, parseLessonFile } from '@/lib/content/loader';

const validFrontMatter = {
  title: '비용 최적화 라우팅',
  order: 2,
  minutes: 12,
  tags: '[cost, routing]',
  status: 'published',
  summary: '요약',
  links: '\n  - title: Pricing\n    url: https://ai.google.dev/gemini-api/docs/pricing',
};

function lessonSource(overrides: Record<string, string | number | undefined> = {}, body = '본문\n\n<Exercise>연습</Exercise>\n') {
  const fields = { ...validFrontMatter, ...overrides };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

describe('parseLessonFile', () => {
  const file = 'course/02-cost-routing.mdx';

  it('reads the slug from the file name and validates the front matter', () => {
    const lesson = parseLessonFile(file, lessonSource(), 'course');
    expect(lesson.slug).toBe('cost-routing');
    expect(lesson.meta).toMatchObject({ title: '비용 최적화 라우팅', order: 2, minutes: 12, tags: ['cost', 'routing'] });
    expect(lesson.meta.links[0]?.url).toBe('https://ai.google.dev/gemini-api/docs/pricing');
    expect(lesson.body).toContain('<Exercise>');
  });

  it.each([
    [{ minutes: '"twelve"' }, /"minutes" .*number/],
    [{ minutes: 0 }, /"minutes"/],
    [{ order: 2.5 }, /"order" must be an integer/],
    [{ status: 'live' }, /"status"/],
    [{ title: '""' }, /"title" must not be empty/],
    [{ tags: '[Cost Routing]' }, /"tags.0" must be lowercase kebab-case/],
    [{ links: '\n  - title: Pricing\n    url: http://example.com' }, /"links.0.url" must be an https URL/],
    [{ summary: undefined }, /"summary"/],
    [{ extra: 'field' }, /extra/],
  ])('rejects bad metadata %o, naming the file and the field', (override, message) => {
    expect(() => parseLessonFile(file, lessonSource(override), 'course')).toThrow(ContentError);
    expect(() => parseLessonFile(file, lessonSource(override), 'course')).toThrow(message);
    expect(() => parseLessonFile(file, lessonSource(override), 'course')).toThrow(/^course\/02-cost-routing\.mdx: /);
  });

  it('rejects an order that disagrees with the file name', () => {
    expect(() => parseLessonFile(file, lessonSource({ order: 3 }), 'course')).toThrow(/"order" is 3 but the file name starts with 02/);
  });

  it('rejects a file without front matter or with broken YAML', () => {
    expect(() => parseLessonFile(file, '# no front matter', 'course')).toThrow(/front matter .* is missing/);
    expect(() => parseLessonFile(file, '---\ntitle: [unclosed\n---\nbody', 'course')).toThrow(/not valid YAML/);
  });

  it('requires exactly one exercise', () => {
    expect(() => parseLessonFile(file, lessonSource({}, 'no exercise'), 'course')).toThrow(/exactly one <Exercise> \(found 0\)/);
  });

  it('rejects a badly named file', () => {
    expect(() => parseLessonFile('course/CostRouting.mdx', lessonSource(), 'course')).toThrow(/file name must look like/);
  });
});

describe('loadCourses', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-content-'));
    const course = path.join(root, 'demo');
    fs.mkdirSync(course);
    fs.writeFileSync(
      path.join(course, 'course.json'),
      JSON.stringify({ title: 'Demo', summary: '데모', language: 'ko', status: 'published' }),
    );
    fs.writeFileSync(path.join(course, '02-second.mdx'), lessonSource({ order: 2, title: 'Second' }));
    fs.writeFileSync(path.join(course, '01-first.mdx'), lessonSource({ order: 1, title: 'First' }));
    fs.writeFileSync(path.join(course, '03-draft.mdx'), lessonSource({ order: 3, title: 'Draft', status: 'draft' }));
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('sorts lessons by order and leaves drafts out of production', () => {
    const [course] = loadCourses(root, { includeDrafts: false });
    expect(course?.lessons.map((lesson) => lesson.meta.title)).toEqual(['First', 'Second']);
  });

  it('shows drafts to authors', () => {
    const [course] = loadCourses(root, { includeDrafts: true });
    expect(course?.lessons.map((lesson) => lesson.slug)).toEqual(['first', 'second', 'draft']);
  });

  it('fails on a broken lesson file, naming it', () => {
    fs.writeFileSync(path.join(root, 'demo', '04-broken.mdx'), lessonSource({ order: 4, minutes: '-3' }));
    expect(() => loadCourses(root, { includeDrafts: false })).toThrow(/demo\/04-broken\.mdx: "minutes"/);
  });

  it('fails on two lessons with the same order', () => {
    fs.writeFileSync(path.join(root, 'demo', '02-again.mdx'), lessonSource({ order: 2 }));
    expect(() => loadCourses(root, { includeDrafts: true })).toThrow(/"order" 2 is also used by/);
  });

  it('fails on a bad course.json, naming the field', () => {
    fs.writeFileSync(path.join(root, 'demo', 'course.json'), JSON.stringify({ title: 'Demo', summary: '', language: 'ko', status: 'published' }));
    expect(() => loadCourses(root, { includeDrafts: true })).toThrow(/demo\/course\.json: "summary" must not be empty/);
  });
});

describe('the shipped course', () => {
  it('validates, with four published lessons each carrying links and an exercise', () => {
    const courses = loadCourses(path.resolve('content/courses'), { includeDrafts: false });
    const course = courses.find((candidate) => candidate.slug === 'gemini-in-production');
    expect(course?.lessons.map((lesson) => lesson.meta.order)).toEqual([1, 2, 3, 4]);
    for (const lesson of course?.lessons ?? []) {
      expect(lesson.meta.links.length).toBeGreaterThan(0);
      expect(lesson.meta.minutes).toBeGreaterThanOrEqual(10);
    }
  });
});
