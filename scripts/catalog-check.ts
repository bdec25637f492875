/**
 * npm run catalog:check [-- --at YYYY-MM-DD]
 *
 * Offline, always: validates the catalog, lists models whose shutdown day has
 * passed, tiers whose model or price changes within 30 days, and figures read
 * more than 90 days ago. With GEMINI_API_KEY (and GEMINI_BASE_URL for a stub),
 * also asks the API for its model list and reports every catalog model that
 * should serve but is not listed, and every tier whose model is missing:
 * exit 1 then. Exit 2 on bad arguments or a catalog that does not validate.
 */
import { GoogleGenAI } from '@google/genai';
import {
  apiReport,
  offlineReport,
  type ApiReport,
  type OfflineReport,
} from '../lib/router/catalog-report';
import { catalog, dayOf, isIsoDate } from '../lib/router/catalog';
import { validateCatalog } from '../lib/router/catalog-schema';
import type { Catalog } from '../lib/router/types';

const usd = (micro: number) => `$${(micro / 1_000_000).toFixed(2)}`;

export function formatOffline(r: OfflineReport): string[] {
  const out = [`Catalog check for ${r.day}.`, ''];
  out.push('Tiers today:');
  for (const [tier, id] of Object.entries(r.tiers)) out.push(`  ${tier.padEnd(10)} ${id}`);
  out.push('', `Models shut down by ${r.day}:`);
  if (r.shutDown.length === 0) out.push('  none');
  for (const s of r.shutDown)
    out.push(
      `  ${s.id} (shut down ${s.on}` +
        (s.successor ? `; replacement ${s.successor}` : '') +
        (s.reroutedTo ? `; Google answers it with ${s.reroutedTo}` : '') +
        ')',
    );
  out.push('', 'Tier model or price changes within 30 days:');
  if (r.tierChanges.length === 0) out.push('  none');
  for (const c of r.tierChanges)
    out.push(
      `  ${c.tier} on ${c.on}: ${c.from.model} ${usd(c.from.input)} / ${usd(c.from.output)} -> ${c.to.model} ${usd(c.to.input)} / ${usd(c.to.output)} per 1M in / out`,
    );
  out.push('', 'Figures read more than 90 days ago (serving models):');
  if (r.staleFigures.length === 0) out.push('  none');
  for (const f of r.staleFigures)
    out.push(
      f.figure === 'prices'
        ? `  ${f.model} prices ${f.period}: read ${f.readOn}, ${f.ageDays} days ago`
        : `  ${f.model} context window: read ${f.readOn}, ${f.ageDays} days ago`,
    );
  return out;
}

export function formatApi(r: ApiReport): string[] {
  const out = ['', "Against the API's model list:"];
  if (r.missing.length === 0 && r.missingTiers.length === 0)
    out.push('  every serving catalog model is listed');
  for (const id of r.missing)
    out.push(`  MISSING: ${id} serves per the catalog but the API no longer lists it`);
  for (const t of r.missingTiers)
    out.push(`  MISSING TIER: the ${t.tier} tier's model ${t.model} is not listed`);
  if (r.goneAsExpected.length)
    out.push(`  not listed, as the catalog expects (shut down): ${r.goneAsExpected.join(', ')}`);
  for (const id of r.stillListed)
    out.push(`  note: ${id} is shut down per the catalog but still listed`);
  return out;
}

/** All model ids the API lists (every page). */
export async function listModelIds(apiKey: string, baseUrl?: string): Promise<string[]> {
  const ai = new GoogleGenAI({
    vertexai: false,
    apiKey,
    httpOptions: { ...(baseUrl ? { baseUrl } : {}), timeout: 15_000 },
  });
  const ids: string[] = [];
  const pager = await ai.models.list({ config: { pageSize: 100 } });
  for await (const m of pager) if (m.name) ids.push(m.name.replace(/^models\//, ''));
  return ids;
}

export interface CheckOptions {
  at?: string;
  apiKey?: string;
  baseUrl?: string;
  catalog?: unknown;
  write?: (line: string) => void;
}

/** Run the check; returns the exit code. */
export async function runCatalogCheck(options: CheckOptions = {}): Promise<number> {
  const write = options.write ?? ((line: string) => console.log(line));
  let cat: Catalog;
  try {
    cat = validateCatalog(options.catalog ?? catalog);
  } catch (e) {
    write(`The catalog does not validate: ${(e as Error).message}`);
    return 2;
  }
  const day = options.at ?? dayOf(new Date());
  for (const line of formatOffline(offlineReport(cat, day))) write(line);
  if (!options.apiKey) {
    write('');
    write('No GEMINI_API_KEY: the API model list was not checked.');
    return 0;
  }
  let listed: string[];
  try {
    listed = await listModelIds(options.apiKey, options.baseUrl);
  } catch (e) {
    write('');
    write(`Could not list the API's models: ${(e as Error).message}`);
    return 1;
  }
  const api = apiReport(cat, listed, day);
  for (const line of formatApi(api)) write(line);
  return api.missing.length > 0 || api.missingTiers.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--at');
  const at = i >= 0 ? args[i + 1] : undefined;
  if (i >= 0 && !isIsoDate(at)) {
    console.error(`at must be a day written YYYY-MM-DD (got ${JSON.stringify(at ?? null)})`);
    process.exitCode = 2;
  } else {
    process.exitCode = await runCatalogCheck({
      ...(at ? { at } : {}),
      ...(process.env.GEMINI_API_KEY ? { apiKey: process.env.GEMINI_API_KEY } : {}),
      ...(process.env.GEMINI_BASE_URL ? { baseUrl: process.env.GEMINI_BASE_URL } : {}),
    });
  }
}
