import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  courseMetaSchema,
  describeIssues,
  lessonMetaSchema,
} from './schema';
import type { Course, Lesson } from './types';

export type { Course, Lesson } from './types';

/** A content file that cannot be published as it is; the message names the file and field. */
export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits and validates one lesson file. */
export function parseLessonFile(file: string, source: string, courseSlug: string): Lesson {
  const name = path.basename(file);
  const nameMatch = LESSON_FILE.exec(name);
  if (!nameMatch) {
    throw new ContentError(file, 'file name must look like "02-cost-routing.mdx" (two-digit order, kebab-case slug)');
  }
  const frontMatter = FRONT_MATTER.exec(source);
  if (!frontMatter) throw new ContentError(file, 'front matter (--- ... ---) is missing');

  let raw: unknown;
  try {
    raw = parseYaml(frontMatter[1] ?? '');
  } catch (error) {
    throw new ContentError(file, `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = lessonMetaSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ContentError(file, describeIssues(parsed.error));
  const meta = parsed.data;

  if (Number(nameMatch[1]) !== meta.order) {
    throw new ContentError(file, `"order" is ${meta.order} but the file name starts with ${nameMatch[1]}`);
  }
  const body = source.slice(frontMatter[0].length);
  const exercises = body.match(/<Exercise[\s>]/g)?.length ?? 0;
  if (exercises !== 1) {
    throw new ContentError(file, `body must contain exactly one <Exercise> (found ${exercises})`);
  }
  return { courseSlug, slug: nameMatch[2] ?? '', file, meta, body };
}

function readCourse(root: string, courseSlug: string): Course {
  const dir = path.join(root, courseSlug);
  const metaFile = path.join(courseSlug, 'course.json');
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(root, metaFile), 'utf8'));
  } catch (error) {
    throw new ContentError(metaFile, `cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = courseMetaSchema.safeParse(raw);
  if (!parsed.success) throw new ContentError(metaFile, describeIssues(parsed.error));

  const lessons = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = path.join(courseSlug, name);
      return parseLessonFile(file, fs.readFileSync(path.join(root, file), 'utf8'), courseSlug);
    })
    .sort((a, b) => a.meta.order - b.meta.order);

  const seen = new Map<number, string>();
  for (const lesson of lessons) {
    const other = seen.get(lesson.meta.order);
    if (other) throw new ContentError(lesson.file, `"order" ${lesson.meta.order} is also used by ${other}`);
    seen.set(lesson.meta.order, lesson.file);
  }
  return { slug: courseSlug, meta: parsed.data, lessons };
}

/**
 * Reads and validates every course under `root` (one folder per course).
 * Any invalid file throws a ContentError, which fails the build.
 * Without `includeDrafts`, draft lessons and draft courses are left out.
 */
export function loadCourses(root: string, { includeDrafts }: { includeDrafts: boolean }): Course[] {
  const courses = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readCourse(root, entry.name));

  return courses
    .filter((course) => includeDrafts || course.meta.status === 'published')
    .map((course) => ({
      ...course,
      lessons: course.lessons.filter((lesson) => includeDrafts || lesson.meta.status === 'published'),
    }))
    .sort((a, b) => a.meta.title.localeCompare(b.meta.title));
}
