import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startGeminiStub, type GeminiStub } from './gemini-stub';

/**
 * A Gemini stub for the tests of one file (or one describe block): started
 * on a free port before the first test, reset before each, closed after the
 * last. Call it where hooks may be declared; the function it returns gives
 * the running stub inside a test.
 */
export function startGeminiStubForTests(): () => GeminiStub {
  let stub: GeminiStub | undefined;
  beforeAll(async () => {
    stub = await startGeminiStub({ port: 0 });
  });
  afterAll(async () => {
    await stub?.close();
  });
  beforeEach(() => stub?.reset());
  return () => {
    if (!stub) throw new Error('the Gemini stub runs only while the tests do');
    return stub;
  };
}
