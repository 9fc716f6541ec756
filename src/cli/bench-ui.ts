/**
 * `npm run bench:ui`: how the built app feels in a real browser. Serves the production build with
 * `vite preview`, drives Debian's Chromium, and prints:
 *   - click to next painted frame for a preset and for a year cell, on the built-in dataset and on
 *     one 50 times larger (median and 90th percentile);
 *   - the same for a year cell after heavy use: the built-in dataset opened from an autosave of
 *     3,000 steps, so the list of changes holds 3,000 entries;
 *   - the JavaScript the first page load needs, gzipped;
 *   - Lighthouse desktop scores (median of three runs).
 * It prints figures and judges nothing: budgets are in docs/benchmarks.md. Build first (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'
import { SESSION_KEY } from '@/share/persistence'
import { writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf, studentWorkOf, undoOf } from '@/share/session'
import { createExplorerStore } from '@/store/explorer-store'
import { CHROME_PATH as CHROME, CHROMIUM_ARGS as FLAGS } from './chromium'
import { startPreview } from './preview'

const PORT = Number(process.env.BENCH_PORT ?? 4199)
const ORIGIN = `http://127.0.0.1:${PORT}`
const CLICKS = Number(process.env.BENCH_CLICKS ?? 41)
const HEAVY_STEPS = 3000

/**
 * The autosave of a heavy session, written by the app's own code as its autosave writes it:
 * 3,000 single-cell steps spread over every pair in view and year, with the undo history they leave.
 */
function heavyAutosave(): string {
  const store = createExplorerStore()
  // The pairs in view on opening (the essay's cases), as a class works on them.
  const { dyads, firstYear, yearCount } = store.getState().base
  for (let i = 0; i < HEAVY_STEPS; i++) {
    const dyad = dyads[i % dyads.length]!
    store.getState().toggleCell('threat', dyad.id, firstYear + ((i * 7) % yearCount))
  }
  const s = store.getState()
  if (s.log.length !== HEAVY_STEPS) throw new Error(`heavy use: ${s.log.length} log entries`)
  return writeScenarioFile(sessionOf(s), savedLogOf(s), { undo: undoOf(s), ...studentWorkOf(s) })
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b)
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!
  return { median: q(0.5), p90: q(0.9), first: samples[0]! }
}

/** Click-to-frame times: from the press of the button to the first frame painted after it. */
/**
 * A browser profile that has seen the first-run tour and the chart walkthrough, as a returning
 * student's has: the figures are for the page as used, not for a first visit's guides.
 */
async function returningVisit(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  await context.addInitScript(() =>
    localStorage.setItem(
      'alliance-explorer:guide',
      JSON.stringify({ tour: true, walkthrough: true }),
    ),
  )
  return context
}

async function latency(page: Page, click: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __listening?: boolean }
    w.__lat = []
    if (w.__listening) return
    w.__listening = true
    let t0 = 0
    // Time runs from the press of the button; the frame is awaited after the click completes
    // (the preset acts on click, a year strip already on press), so no earlier frame is counted.
    document.addEventListener('pointerdown', (e) => (t0 = e.timeStamp), { capture: true })
    document.addEventListener(
      'click',
      () => requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0)),
      { capture: true },
    )
  })
  for (let i = 0; i < CLICKS; i++) {
    await click()
    await page.waitForFunction(
      (n) => (window as unknown as { __lat: number[] }).__lat.length > n,
      i,
    )
    await page.waitForTimeout(60)
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
}

function initialJs(): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync('dist/index.html', 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  let raw = 0
  let gzip = 0
  for (const f of files) {
    const bytes = readFileSync(join('dist', f))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { files, raw, gzip }
}

async function lighthouseScores(runs: number) {
  const { default: lighthouse } = await import('lighthouse')
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js')
  const chromeLauncher = await import('chrome-launcher')
  const results: { performance: number; accessibility: number; bestPractices: number }[] = []
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      chromeFlags: ['--headless=new', ...FLAGS],
    })
    try {
      const r = await lighthouse(
        `${ORIGIN}/`,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        desktop,
      )
      const c = r!.lhr.categories
      results.push({
        performance: Math.round((c.performance?.score ?? 0) * 100),
        accessibility: Math.round((c.accessibility?.score ?? 0) * 100),
        bestPractices: Math.round((c['best-practices']?.score ?? 0) * 100),
      })
    } finally {
      await chrome.kill()
    }
  }
  const med = (k: keyof (typeof results)[number]) => stats(results.map((r) => r[k])).median
  return {
    runs: results,
    performance: med('performance'),
    accessibility: med('accessibility'),
    bestPractices: med('bestPractices'),
  }
}

const fmt = (label: string, samples: number[]) => {
  const { median, p90, first } = stats(samples)
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(1).padStart(6)} ms   p90 ${p90.toFixed(1).padStart(6)} ms   (first ${first.toFixed(0)} ms, ${samples.length} clicks)`,
  )
}

async function main() {
  if (!existsSync('dist/index.html'))
    throw new Error('no production build: run `npm run build` first')
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  const js = initialJs()
  console.log(
    `initial JavaScript: ${(js.gzip / 1024).toFixed(1)} kB gzip (${(js.raw / 1024).toFixed(1)} kB raw) in ${js.files.length} files: ${js.files.join(', ')}`,
  )

  const server = await startPreview(PORT)
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS })
  try {
    const browserVersion = browser.version()
    console.log(`browser: Chromium ${browserVersion}, headless, viewport 1366×768`)
    for (const [name, query, preset, cell] of [
      ['built-in dataset (858 dyad-years)', '', 'Russia stays communist', 'Russia, by year'],
      // The case library in view as well: 25 pairs, 1,849 dyad-years.
      [
        'built-in, every case shown (1,849 dyad-years)',
        '#v=1&cases=all',
        'Russia stays communist',
        'Russia, by year',
      ],
      ['generated dataset (39,000 dyad-years, 50×)', '?dataset=generated', '', ''],
    ] as const) {
      const context = await returningVisit(browser)
      const page = await context.newPage()
      await page.goto(`${ORIGIN}/${query}`)
      await page.getByRole('figure', { name: /history against the model/ }).waitFor()
      const presetButton = preset
        ? page.getByRole('button', { name: preset })
        : page.locator('.preset-list button').first()
      const strip = cell
        ? page.getByRole('slider', { name: cell })
        : page.locator('.history-editor [role="slider"]').first()
      const cellButton = strip.locator('[data-year="1995"]')
      await presetButton.scrollIntoViewIfNeeded()
      fmt(`${name}: preset toggle`, await latency(page, () => presetButton.click()))
      await cellButton.scrollIntoViewIfNeeded()
      fmt(`${name}: year cell toggle`, await latency(page, () => cellButton.click()))
      await context.close()
    }

    // Heavy use: the page opens on an autosave with 3,000 steps, then a year cell is clicked.
    const context = await returningVisit(browser)
    const page = await context.newPage()
    await page.goto(`${ORIGIN}/`)
    const saved = heavyAutosave()
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [SESSION_KEY, saved])
    await page.reload()
    await page.getByRole('figure', { name: /history against the model/ }).waitFor()
    // The latest step is listed: the whole session was restored.
    await page.locator('summary', { hasText: 'Your changes' }).click()
    await page.getByRole('textbox', { name: `Why? (step ${HEAVY_STEPS})` }).waitFor()
    const cellButton = page
      .getByRole('slider', { name: 'Russia, by year' })
      .locator('[data-year="1995"]')
    await cellButton.scrollIntoViewIfNeeded()
    console.log(
      `heavy use: the autosave of ${HEAVY_STEPS} steps is ${(saved.length / 1024).toFixed(0)} kB`,
    )
    fmt(
      `built-in dataset, ${HEAVY_STEPS.toLocaleString('en')} log entries: year cell toggle`,
      await latency(page, () => cellButton.click()),
    )
    await context.close()
  } finally {
    await browser.close()
  }
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    const lh = await lighthouseScores(Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3))
    console.log(
      `Lighthouse desktop (median of ${lh.runs.length}): performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}` +
        `  [runs: ${lh.runs.map((r) => `${r.performance}/${r.accessibility}/${r.bestPractices}`).join(', ')}]`,
    )
  }
  server.kill()
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench:ui: ${(e as Error).message}`)
    process.exit(1)
  },
)
