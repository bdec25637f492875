/**
 * A visitor's router-lab router, kept in this browser as
 * `{ router, savedAt }` until sign-in merges it into the account (see
 * mergeVisitorRouter). Only the raw string is handled here, so the
 * progress provider that merges it at sign-in ships no schema: the lab
 * and the server validate what they read.
 */
export const LAB_STORAGE_KEY = 'stream-router-lab-v1';

export function readVisitorRouterRaw(): string | null {
  try {
    return localStorage.getItem(LAB_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function writeVisitorRouter(router: unknown, savedAt = new Date()): void {
  try {
    localStorage.setItem(
      LAB_STORAGE_KEY,
      JSON.stringify({ router, savedAt: savedAt.toISOString() }),
    );
  } catch {
    // storage full or refused: the router stays on screen, just not kept
  }
}

export function clearVisitorRouter(): void {
  try {
    localStorage.removeItem(LAB_STORAGE_KEY);
  } catch {
    // nothing stored
  }
}
