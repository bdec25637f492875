import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCatalogCheck } from '../../../scripts/catalog-check';
import { STUB_LISTED_MODELS } from '../../support/gemini-stub';
import { startGeminiStubForTests } from '../../support/gemini-stub-hooks';
import { catalog } from '../../../lib/router/catalog';

const stub = startGeminiStubForTests();

async function check(options: Parameters<typeof runCatalogCheck>[0] = {}) {
  const lines: string[] = [];
  const code = await runCatalogCheck({ at: '2026-12-01', write: (l) => lines.push(l), ...options });
  return { code, out: lines.join('\n') };
}

describe('catalog:check', () => {
  it('offline: lists the shut-down models, the stale figures, and exits 0', async () => {
    const { code, out } = await check();
    expect(code).toBe(0);
    expect(out).toMatch(
      /gemini-2\.5-pro \(shut down 2026-12-01; replacement gemini-3\.8-flash; Google answers it with gemini-3\.8-flash\)/,
    );
    expect(out).toMatch(/gemini-3-pro-preview \(shut down 2026-03-09/);
    expect(out).toMatch(
      /gemini-3-flash-preview prices since release: read 2025-12-17, 349 days ago/,
    );
    expect(out).toMatch(/gemini-2\.5-flash-lite context window: read 2025-10-31, 396 days ago/);
    expect(out).toMatch(/No GEMINI_API_KEY/);
  });

  it('offline: warns of the 3.8 Flash price change 30 days ahead', async () => {
    const { out } = await check({ at: '2026-12-02' });
    expect(out).toMatch(
      /flash on 2027-01-01: gemini-3\.8-flash \$0\.75 \/ \$3\.75 -> gemini-3\.8-flash \$1\.50 \/ \$7\.50/,
    );
    expect((await check()).out).toMatch(/changes within 30 days:\n {2}none/);
  });

  it('with a key: every serving model listed by the stub, exit 0', async () => {
    const { code, out } = await check({ apiKey: 'stub-key', baseUrl: stub().url });
    expect(out).toMatch(/every serving catalog model is listed/);
    expect(out).toMatch(
      /not listed, as the catalog expects \(shut down\): gemini-2\.5-flash, gemini-2\.5-pro, gemini-3-pro-preview/,
    );
    expect(code).toBe(0);
    expect(stub().requests.length).toBe(0); // the list is not a recorded generate call
  });

  it('with a key: reports a model the stub no longer lists, and a served tier whose model is missing, exit 1', async () => {
    stub().setBehaviour({
      listedModels: STUB_LISTED_MODELS.filter(
        (id) => id !== 'gemini-3.8-flash' && id !== 'gemini-3.5-flash',
      ),
    });
    const { code, out } = await check({ apiKey: 'stub-key', baseUrl: stub().url });
    expect(code).toBe(1);
    expect(out).toMatch(
      /MISSING: gemini-3\.5-flash serves per the catalog but the API no longer lists it/,
    );
    expect(out).toMatch(/MISSING TIER: the flash tier's model gemini-3\.8-flash is not listed/);
  });

  it('with a wrong key: says the list could not be read, exit 1', async () => {
    const { code, out } = await check({ apiKey: 'wrong', baseUrl: stub().url });
    expect(code).toBe(1);
    expect(out).toMatch(/Could not list the API's models/);
  });

  it('refuses a catalog that does not validate, naming the field', async () => {
    const bad = JSON.parse(JSON.stringify(catalog)) as typeof catalog;
    bad.models[0]!.prices[0]!.sources = [];
    const { code, out } = await check({ catalog: bad });
    expect(code).toBe(2);
    expect(out).toMatch(/models\[0\]\.prices\[0\]\.sources must name at least one source/);
  });

  it('runs as npm run catalog:check against the stub and exits 1 for a missing model', async () => {
    stub().setBehaviour({
      listedModels: STUB_LISTED_MODELS.filter((id) => id !== 'gemini-3.5-flash'),
    });
    const run = promisify(execFile);
    const err = await run('npx', ['tsx', 'scripts/catalog-check.ts', '--at', '2026-12-01'], {
      env: { ...process.env, GEMINI_API_KEY: 'stub-key', GEMINI_BASE_URL: stub().url },
    }).then(
      () => null,
      (e: { code: number; stdout: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stdout).toMatch(/MISSING: gemini-3\.5-flash/);
  }, 30_000);
});
