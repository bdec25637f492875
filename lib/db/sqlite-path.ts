import path from 'node:path';

/** Resolves a Prisma-style `file:` URL to an absolute path (relative to the working directory). */
export function sqlitePathFromUrl(url: string): string {
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
  // The file is chosen at run time (DATABASE_URL); tell the bundler not to trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
