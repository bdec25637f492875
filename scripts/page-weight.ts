/**
 * What a page weighs as a browser gets it from a running server: its HTML
 * (uncompressed) and the JavaScript it loads before any interaction (module
 * scripts; nomodule polyfills never run in a modern browser), gzipped.
 * Shared by the page-weight budget test and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  scripts: string[];
  jsGzipBytes: number;
}

/** The first-load module scripts an HTML page names, each once, in order. */
export function firstLoadScripts(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\bnomodule\b/i.test(tag[0])) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag[0])?.[1];
    if (src && src.startsWith('/_next/static/') && !sources.includes(src)) sources.push(src);
  }
  return sources;
}

async function body(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export async function pageWeight(base: string, path: string): Promise<PageWeight> {
  const html = await body(base + path);
  const scripts = firstLoadScripts(html.toString('utf8'));
  let jsGzipBytes = 0;
  for (const src of scripts) jsGzipBytes += gzipSync(await body(base + src)).length;
  return {
    path,
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    scripts,
    jsGzipBytes,
  };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
