import { defineConfig } from '@playwright/test'
import { CHROME_PATH, CHROMIUM_ARGS } from './src/cli/chromium'

/**
 * Browser journeys in Debian's Chromium (no browser download), against the production build
 * served by `vite preview`. Build first: `npm run test:e2e` does both.
 */

const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Three times the slowest journey on a busy 2-core machine (the axe sweep, about 56 s).
  timeout: 180_000,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: CHROME_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
