/**
 * Sizes a routing request may have. Apart from the schema (validate.ts), so a
 * page can show them without loading the validation library.
 */

/** Longest prompt accepted, in characters (~8K tokens of English). */
export const PROMPT_MAX_CHARS = 32_000;
/**
 * Largest JSON body a routing request needs: the longest prompt with every
 * UTF-16 unit escaped as \uXXXX (6 bytes), plus room for the other fields.
 */
export const ROUTE_REQUEST_MAX_BYTES = PROMPT_MAX_CHARS * 6 + 16 * 1024;
/** Largest declared context accepted, in tokens: keeps cost arithmetic exact. */
export const MAX_CONTEXT_TOKENS = 100_000_000;
