/// <reference types="vitest/config" />
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type UserConfig } from 'vite'
import { contentSecurityPolicy } from './src/build/csp'
import { serviceWorker, singleFile } from './src/build/offline'

/** Test files that replace a module with vi.mock: each runs with modules of its own. */
const ISOLATED = ['tests/share/salvage.test.ts', 'tests/store/actions.property.test.ts']

// `vite build` makes the site (with a service worker); `vite build --mode single` makes
// dist/alliance-explorer.html, the whole app in one file. `npm run build` runs both.

export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  const single = mode === 'single'
  // Only the test runner needs the test order (and Vitest's own modules, which it loads).
  const sequencer =
    mode === 'test' ? (await import('./tests/sequencer')).EnvironmentSequencer : undefined
  return {
    // Relative asset URLs: the build runs from any folder of any static host (GitHub Pages'
    // user.github.io/repo/ included) with no rebuild. `--base /path/` also works.
    base: './',
    plugins: [
      react(),
      contentSecurityPolicy(),
      serviceWorker(),
      singleFile('dist-single', 'dist/alliance-explorer.html'),
    ],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      // The single file holds the whole app on purpose.
      chunkSizeWarningLimit: single ? 2000 : 500,
      rollupOptions: {
        output: single
          ? { codeSplitting: false }
          : {
              // React in a chunk of its own caches well across deploys; everything else is split
              // by the bundler along the lazy imports (recharts and the export code load later).
              manualChunks(id: string) {
                if (/node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react'
                return undefined
              },
            },
      },
    },
    test: {
      // Components need a DOM; tests of plain TypeScript say `// @vitest-environment node` on
      // their first line, since setting up jsdom for each file was a third of `npm test`'s time.
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      // Large panels render slowly in jsdom; a busy 2-core CI machine needs headroom.
      testTimeout: 20_000,
      // One worker per core (Vitest's default leaves a core to its own process: one worker on
      // this 2-core machine). Threads start and share modules faster than forks: 202 s -> 135 s.
      pool: 'threads',
      maxWorkers: Math.max(2, os.availableParallelism()),
      // Page files, then plain-Node files, so each worker keeps its modules (tests/sequencer.ts).
      sequence: { sequencer },
      projects: [
        {
          // Files share each worker's loaded modules (the data is read and compiled once per
          // worker, not once per file): a third of the suite's time. tests/setup.ts puts the
          // stores and storage back after every test.
          extends: true,
          test: {
            name: 'shared',
            isolate: false,
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: [...ISOLATED, 'tests/e2e/**', 'node_modules/**'],
          },
        },
        {
          // Files that replace a module (vi.mock) get modules of their own, so the replacement
          // neither misses a module already loaded nor reaches another file.
          extends: true,
          test: { name: 'isolated', include: ISOLATED },
        },
      ],
    },
  }
})
