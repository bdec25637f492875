// Sizes shared by the community forms (in the browser) and their schemas (on
// the server). Kept apart from the schemas so the forms do not ship zod.

export const COMMENT_MAX_CHARS = 2_000;
export const REPORT_MAX_CHARS = 2_000;
export const CONTACT_MAX_CHARS = 200;

export const PROBLEM_KINDS = ['typo', 'wrong-fact', 'broken-code', 'other'] as const;
