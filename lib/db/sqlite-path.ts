import path from 'node:path';

/** Resolves a Prisma-style `file:` URL to an absolute path (relative to the working directory). */
export function sqlitePathFromUrl(url: string): string {
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
  return path.resolve(process.cwd(), file);
}
