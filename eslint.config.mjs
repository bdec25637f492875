import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * Every module under lib/ that starts with `import 'server-only'`, as the
 * specifiers that reach it ('@/lib/db' for lib/db/index.ts). Read from the
 * files themselves, so marking a module server-only is all it takes for
 * components to be kept away from it.
 */
function serverOnlyModules(dir = 'lib') {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') found.push(...serverOnlyModules(file));
    } else if (
      /\.tsx?$/.test(entry.name) &&
      /^import 'server-only';/m.test(readFileSync(file, 'utf8'))
    ) {
      const specifier = `@/${file.replace(/\.tsx?$/, '').replace(/\/index$/, '')}`;
      found.push(specifier);
    }
  }
  return found;
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'lib/generated/**',
      'data/**',
      'reports/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
  {
    // The pure router runs in the browser, the CLI and tests alike: keep framework and I/O out.
    files: ['lib/router/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'next',
            'next/*',
            'react',
            'react-dom',
            '@prisma/*',
            '@/lib/generated/*',
            'node:*',
            '@/lib/db*',
            '@/lib/env',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'lib/router is pure: pass values in.' },
      ],
    },
  },
  {
    // Client components run in the browser: no database, secrets or server-only code.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: serverOnlyModules().map((name) => ({
            name,
            message:
              'server-only: components run in the browser (move view types to a browser-safe file).',
          })),
          patterns: ['@prisma/*', '@/lib/generated/*', 'server-only', 'node:*'],
        },
      ],
    },
  },
];

export default config;
