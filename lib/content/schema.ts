import { z } from 'zod';

const kebabTag = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case, e.g. "model-selection"');

/** Front matter of a lesson MDX file. */
export const lessonMetaSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(120),
    order: z.number().int('must be an integer').positive('must be 1 or more'),
    minutes: z.number().int('must be an integer').min(1).max(120),
    tags: z.array(kebabTag).min(1, 'needs at least one tag').max(6),
    status: z.enum(['draft', 'published']),
    summary: z.string().trim().min(1, 'must not be empty').max(240),
    links: z
      .array(
        z.object({
          title: z.string().trim().min(1, 'must not be empty'),
          url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
        }),
      )
      .min(1, 'needs at least one external link')
      .max(8),
  })
  .strict();

export type LessonMeta = z.infer<typeof lessonMetaSchema>;

/** `course.json` of a course folder. */
export const courseMetaSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    summary: z.string().trim().min(1, 'must not be empty'),
    language: z.enum(['ko', 'en']),
    status: z.enum(['draft', 'published']),
  })
  .strict();

export type CourseMeta = z.infer<typeof courseMetaSchema>;

/** Turns zod issues into one line per field: `"minutes" must be an integer`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'front matter';
      return `${field} ${issue.message}`;
    })
    .join('; ');
}
