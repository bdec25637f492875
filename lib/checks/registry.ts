import { catalog as defaultCatalog } from '@/lib/router/catalog';
import type { Catalog } from '@/lib/router/types';
import { catalogFigures } from './figures';
import { GEMINI_IN_PRODUCTION_CHECKS } from './gemini-in-production';
import type { CheckDefinition, ResolvedCheck } from './types';

/** Every course's checks, by course slug, then lesson slug (in the lesson's order). */
const CHECKS_BY_COURSE: Record<string, Record<string, CheckDefinition[]>> = {
  'gemini-in-production': GEMINI_IN_PRODUCTION_CHECKS,
};

/** "<course>/<lesson>/<check>", the id the MDX, the server and the database use. */
export const CHECK_ID = /^([a-z0-9-]{1,80})\/([a-z0-9-]{1,80})\/([a-z0-9-]{1,80})$/;

/** The ids of a lesson's checks, in order; empty for a lesson without checks. */
export function lessonCheckIds(lessonId: string): string[] {
  const [course, lesson] = lessonId.split('/');
  const defs = (course && lesson && CHECKS_BY_COURSE[course]?.[lesson]) || [];
  return defs.map((def) => `${lessonId}/${def.slug}`);
}

/** Every lesson id that has checks. */
export function lessonsWithChecks(): string[] {
  return Object.entries(CHECKS_BY_COURSE).flatMap(([course, lessons]) =>
    Object.keys(lessons).map((lesson) => `${course}/${lesson}`),
  );
}

function definition(checkId: string): { def: CheckDefinition; lessonId: string } | undefined {
  const m = CHECK_ID.exec(checkId);
  if (!m) return undefined;
  const [, course, lesson, slug] = m as unknown as [string, string, string, string];
  const lessons = CHECKS_BY_COURSE[course];
  const defs = lessons && Object.hasOwn(lessons, lesson) ? lessons[lesson] : undefined;
  const def = defs?.find((candidate) => candidate.slug === slug);
  return def ? { def, lessonId: `${course}/${lesson}` } : undefined;
}

export function isCheckId(value: unknown): value is string {
  return typeof value === 'string' && definition(value) !== undefined;
}

/**
 * A check as it reads on `day`: question, choices, answer, explanation and
 * the catalog figures it rests on. Undefined for an unknown id.
 */
export function resolveCheck(
  checkId: string,
  day: string,
  catalog: Catalog = defaultCatalog,
): ResolvedCheck | undefined {
  const found = definition(checkId);
  if (!found) return undefined;
  const body = found.def.resolve(catalogFigures(catalog, day));
  return { id: checkId, lessonId: found.lessonId, ...body };
}
