/** One catalog figure a passed check rests on that is not what it was. */
export interface BasisChange {
  /** "flash:input", "pro:model", ... */
  key: string;
  before: string | null;
  after: string | null;
}

/** A passed check whose figures moved, and how: what the course and lesson pages mark. */
export interface CheckReview {
  check: string;
  lessonId: string;
  changes: BasisChange[];
}

/** What changed between the figures a check was passed on and today's; empty when nothing did. */
export function basisChanges(
  before: Record<string, string>,
  after: Record<string, string>,
): BasisChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((key) => before[key] !== after[key])
    .map((key) => ({ key, before: before[key] ?? null, after: after[key] ?? null }));
}

/**
 * A short, stable name for a set of figures, so a review is earned once per
 * change of what the check rests on (FNV-1a over the sorted entries).
 */
export function basisVersion(basis: Record<string, string>): string {
  const text = Object.keys(basis)
    .sort()
    .map((key) => `${key}=${basis[key]}`)
    .join(';');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Reads a stored basis back; anything that is not a string map counts as no figures. */
export function parseBasis(json: string | null): Record<string, string> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}
