import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
];

export default config;
