// Flat ESLint config. Architecture rules live here so that a review never has to catch them.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'history',
  'fetch',
  'HTMLElement',
  'Element',
  'Node',
  'Blob',
  'URL',
  'requestAnimationFrame',
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'dist-single/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never raw HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The theory is plain TypeScript: no UI, state, validation library or DOM.
    files: ['src/model/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                'zod',
                'zod/*',
                'recharts',
                '@tanstack/*',
              ],
              message: 'src/model is plain TypeScript: no UI, state or validation libraries.',
            },
            {
              group: ['@/*', '../*', 'node:*'],
              message: 'src/model depends on nothing outside src/model.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'src/model must not touch the DOM.' })),
      ],
    },
  },
  {
    // zod is configured once (no eval, for the CSP): everything else imports it from there.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/zod.ts', 'src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Import { z } from '@/lib/zod', which turns off eval." }],
        },
      ],
    },
  },
  {
    // Shared helpers never reach into the app's data, store or features.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/*', '../*'], message: 'src/lib holds generic code with no app imports.' },
          ],
        },
      ],
    },
  },
  {
    // The catalogues are the foundation every layer writes its words with: they import nothing
    // of the app but generic helpers.
    files: ['src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/*', '!@/i18n/*', '!@/lib/*'],
              message: 'src/i18n imports nothing from the app but src/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**', 'src/build/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
)
