/**
 * Run the local Gemini stub standalone (for Playwright's webServer or by hand):
 *
 *   npx tsx scripts/gemini-stub.ts [--port 8790] [--host 127.0.0.1] [--key stub-key]
 *
 * Then point the app at it: GEMINI_BASE_URL=http://127.0.0.1:8790 GEMINI_API_KEY=stub-key.
 * Script failures over HTTP: POST /__stub/fail {"model":"gemini-2.5-flash-lite","statuses":[503]},
 * POST /__stub/behaviour {...}, POST /__stub/reset, GET /__stub/requests.
 */
import { startGeminiStub } from '../tests/support/gemini-stub';

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = argv[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

const portArg = arg('port') ?? process.env.GEMINI_STUB_PORT ?? '8790';
const port = Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`gemini stub: bad --port ${JSON.stringify(portArg)}`);
  process.exit(2);
}
const host = arg('host') ?? '127.0.0.1';
const key = arg('key');

const stub = await startGeminiStub({ port, host, ...(key ? { behaviour: { apiKey: key } } : {}) });
console.log(`gemini stub listening on ${stub.url}`);

let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  void stub.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
