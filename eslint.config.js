// Type-aware lint for the whole monorepo, with the package boundaries of STYLE.md.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'http',
  'https',
  'net',
  'os',
  'child_process',
  'url',
  'stream',
  'events',
]

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.turbo/**',
      'packages/db/src/generated/**',
      'e2e/test-results/**',
      'e2e/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            '*.mjs',
            'packages/db/scripts/*.mjs',
            'packages/db/schema-engine/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'Name what a module exports; no `export *`.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Configuration is read only in each app's env.ts.
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'packages/**/*.ts', 'packages/**/*.tsx'],
    ignores: ['**/env.ts', '**/*.test.ts', '**/test/**', 'packages/db/src/testing/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in src/env.ts.' },
      ],
    },
  },
  // packages/domain is pure: zod only.
  {
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(zod|vitest|fast-check)(/|$)|\\.{1,2}/)',
              message: 'packages/domain imports only zod (and test tools in tests).',
            },
            { group: nodeBuiltins, message: 'packages/domain has no I/O.' },
          ],
        },
      ],
    },
  },
  // packages/ui: domain and React, nothing server-side.
  {
    files: ['packages/ui/**/*.ts', 'packages/ui/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@growops/db',
                '@growops/api',
                '@growops/collab',
                '@prisma/*',
                '@trpc/server*',
              ],
              message: 'ui may import domain and react only.',
            },
            { group: nodeBuiltins, message: 'ui runs in the browser.' },
          ],
        },
      ],
    },
  },
  // apps/web: no server code at runtime (types from the api are fine).
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@growops/db', '@growops/db/*', '@prisma/*', '@growops/collab'],
              message:
                'The web app reaches the server only through tRPC, Socket.IO and the collab provider.',
            },
            {
              group: ['@growops/api', '@growops/api/*'],
              allowTypeImports: true,
              message: 'Import only types from the api.',
            },
          ],
        },
      ],
    },
  },
  // apps may not reach into each other.
  {
    files: ['apps/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@growops/collab', '@growops/web', '@growops/ui'],
              message: 'api may import domain and db.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/collab/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@growops/api', '@growops/api/*', '@growops/web', '@growops/ui'],
              message: 'collab may import domain and db.',
            },
          ],
        },
      ],
    },
  },
)
