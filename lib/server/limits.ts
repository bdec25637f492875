/**
 * Largest Server Action body. The playground's longest prompt (32K
 * characters, up to ~128 KB as UTF-8) and a 500-event progress merge fit.
 */
export const ACTION_BODY_LIMIT_BYTES = 256 * 1024;
