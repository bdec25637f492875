/**
 * Stream's rate limits count per fixed clock window (lib/limits/rate-limit.ts):
 * a test that fills a limit and expects the refusal must not straddle the
 * moment a new window starts and empties the count.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/**
 * Wait, when the current window ends within `marginMs` (longer than the test
 * needs to fill a limit, shorter than half its time limit), until the next
 * one has begun.
 */
export async function clearOfWindowEdge(windowMs: number, marginMs = 25_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 250));
}
