import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({ routes: z.record(z.string(), z.unknown()) });

/**
 * The pages `next build` prerendered, from its manifest; undefined when
 * there is no build to serve (`next dev`, or while building).
 */
export function prerenderedRoutes(distDir = '.next'): ReadonlySet<string> | undefined {
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build')
    return undefined;
  try {
    const manifest = manifestSchema.parse(
      JSON.parse(
        readFileSync(path.join(process.cwd(), distDir, 'prerender-manifest.json'), 'utf8'),
      ),
    );
    return new Set(Object.keys(manifest.routes).filter((route) => !route.startsWith('/_')));
  } catch {
    return undefined;
  }
}
