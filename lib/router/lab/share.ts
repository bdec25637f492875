/**
 * Share links: a router travels in the URL fragment (never sent to the
 * server) as base64url of its JSON. Decoding survives any string: too long,
 * bad characters, bad UTF-8, bad JSON or a bad router all come back as an
 * error, never a throw.
 */
import { parseLabRouter, type LabRouter, type LabRouterProblem } from './schema';

/** The fragment's key: `#lab=<code>`. */
export const SHARE_PARAM = 'lab';
/** Longest code accepted (a full router of 20 rules fits well within). */
export const MAX_SHARE_CHARS = 12_000;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function encodeShareCode(router: LabRouter): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(router)));
}

export function shareFragment(router: LabRouter): string {
  return `#${SHARE_PARAM}=${encodeShareCode(router)}`;
}

export function decodeShareCode(
  code: string,
): { ok: true; router: LabRouter } | { ok: false; error: LabRouterProblem } {
  const bad = (message: string) => ({ ok: false as const, error: { field: SHARE_PARAM, message } });
  if (typeof code !== 'string' || code.length === 0) return bad('empty link');
  if (code.length > MAX_SHARE_CHARS) return bad('link too long');
  if (!BASE64URL.test(code) || code.length % 4 === 1) return bad('not a router link');
  let json: string;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bad('not a router link');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return bad('not a router link');
  }
  return parseLabRouter(value);
}

/**
 * The router in a location hash ("#lab=..."), if there is one. `null` when
 * the hash carries no router at all; an error when it carries a bad one.
 */
export function routerFromHash(
  hash: string,
): null | { ok: true; router: LabRouter } | { ok: false; error: LabRouterProblem } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_PARAM}=`;
  for (const part of body.split('&')) {
    if (part.startsWith(prefix)) return decodeShareCode(part.slice(prefix.length));
  }
  return null;
}
