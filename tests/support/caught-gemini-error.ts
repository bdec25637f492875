import { expect } from 'vitest';
import { GeminiError } from '../../lib/gemini/errors';

/** The GeminiError a call fails with; the test fails if it succeeds or fails otherwise. */
export async function caughtGeminiError(call: Promise<unknown>): Promise<GeminiError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(GeminiError);
    return error as GeminiError;
  }
  throw new Error('expected a rejection');
}
