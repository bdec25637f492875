import { expect, type APIRequestContext } from '@playwright/test';

export interface CallResult {
  status: number;
  body: string;
}

/**
 * Sends `count` real calls at once, each a proof routed to Pro by its
 * declared needs (no classifying call), to `urlFor(n)`.
 */
export function concurrentProofCalls(
  api: APIRequestContext,
  count: number,
  urlFor: (n: number) => string,
): Promise<CallResult[]> {
  return Promise.all(
    Array.from({ length: count }, (_, n) =>
      api
        .post(urlFor(n), {
          data: {
            prompt: `증명해 줘: 소수는 무한히 많다 (${n})`,
            strategy: 'rules',
            needsReasoning: true,
          },
          timeout: 60_000,
        })
        .then(async (response) => ({ status: response.status(), body: await response.text() })),
    ),
  );
}

/** Every call was answered or refused by the spend cap, and both happened. Returns the answered ones. */
export function expectCapReached(results: CallResult[]): CallResult[] {
  const answered = results.filter((result) => result.status === 200);
  const refused = results.filter((result) => result.status === 429);
  expect(answered.length + refused.length).toBe(results.length);
  expect(answered.length).toBeGreaterThan(0);
  expect(refused.length).toBeGreaterThan(0);
  for (const result of refused) expect(JSON.parse(result.body).error.code).toBe('spend_cap');
  return answered;
}
