/**
 * `npm run bench:ui`: how the built app feels in a real browser. Builds the app when `dist/` is
 * missing or older than the sources, serves it with `vite preview`, drives Debian's Chromium at
 * 1366×768 and prints, for a preset, a year cell, the projector toggle and a step change:
 *   - next paint: from the press (pointerdown) to the first frame painted after the click, what
 *     Interaction to Next Paint measures;
 *   - result painted: from the press to the first frame painted after the last change the click
 *     makes to the page (deferred panels included), found by watching every DOM mutation until
 *     the page has been still for QUIET ms;
 * each as the median of three runs of 41 clicks after a warm-up, with the runs' spread, on the
 * built-in dataset (the essay's cases, and every case), on one 50 times larger, after heavy use,
 * and with the CPU slowed 4× as on a school Chromebook; then the JavaScript of the first load
 * and Lighthouse's desktop and mobile scores. Every figure is printed next to its budget.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Locator, type Page } from '@playwright/test'
import { SESSION_KEY } from '@/share/persistence'
import { writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf, studentWorkOf, undoOf } from '@/share/session'
import { createExplorerStore } from '@/store/explorer-store'
import { CHROME_PATH as CHROME, CHROMIUM_ARGS as FLAGS } from './chromium'
import { startPreview } from './preview'

const PORT = Number(process.env.BENCH_PORT ?? 4199)
const ORIGIN = `http://127.0.0.1:${PORT}`
const CLICKS = Number(process.env.BENCH_CLICKS ?? 41)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const WARMUP = 6
/** The page counts as settled once no DOM change has come for this long. */
const QUIET = 150
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

/** The q-quantile of samples (nearest rank). */
function quantile(samples: readonly number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
}

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

interface Sample {
  next: number
  result: number
}

/**
 * Installs the page's stopwatch. The press starts it; a frame requested from the click (after
 * every handler of the press has run) gives the next paint; every DOM mutation after the press
 * asks for a frame, and the frame after the last one gives the result painted.
 */
async function installStopwatch(page: Page) {
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__press = null
    const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0))
    document.addEventListener(
      'pointerdown',
      (e) => (window.__press = { t0: e.timeStamp, next: null, lastChange: e.timeStamp, result: null }),
      { capture: true },
    )
    document.addEventListener(
      'click',
      () => {
        const press = window.__press
        if (press) afterPaint(() => (press.next = performance.now() - press.t0))
      },
      { capture: true },
    )
    new MutationObserver(() => {
      const press = window.__press
      if (!press) return
      const at = performance.now()
      press.lastChange = at
      press.result = null
      afterPaint(() => {
        if (press.lastChange === at) press.result = performance.now() - press.t0
      })
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
  })()`)
}

/** Presses `target` once and waits until the page has settled; returns both figures. */
async function press(page: Page, target: Locator): Promise<Sample> {
  await target.click()
  const handle = await page.waitForFunction(
    (quiet) => {
      const p = (
        window as unknown as {
          __press: { t0: number; next: number | null; lastChange: number; result: number | null }
        }
      ).__press
      if (!p || p.next === null || performance.now() - p.lastChange < quiet) return null
      // A click that changed nothing has its result on screen at the next paint.
      return { next: p.next, result: Math.max(p.next, p.result ?? p.next) }
    },
    QUIET,
    { polling: 50, timeout: 30_000 },
  )
  return (await handle.jsonValue()) as Sample
}

/** BENCH_ONLY=regex measures only the clicks whose label matches (for working on one figure). */
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null

/** Measures presses of `targets` in turn and reports them under `label`. */
async function run(label: string, page: Page, targets: readonly Locator[], budget: Budget) {
  if (ONLY && !ONLY.test(label)) return
  report(label, await measure(page, targets), budget)
}

interface Figures {
  runs: Sample[][]
}

/** Warms up, then presses each target in turn for RUNS runs of CLICKS presses. */
async function measure(page: Page, targets: readonly Locator[]): Promise<Figures> {
  await installStopwatch(page)
  for (let i = 0; i < WARMUP; i++) await press(page, targets[i % targets.length]!)
  const runs: Sample[][] = []
  for (let r = 0; r < RUNS; r++) {
    const run: Sample[] = []
    for (let i = 0; i < CLICKS; i++) run.push(await press(page, targets[i % targets.length]!))
    runs.push(run)
  }
  return { runs }
}

interface Budget {
  nextMedian?: number
  nextP90?: number
  nextP75?: number
  resultMedian?: number
}

let over = 0

/** Prints a figure: the median of the runs' values, their spread, and the budget it is held to. */
function report(label: string, figures: Figures, budget: Budget) {
  const per = (pick: (s: Sample) => number, q: number) =>
    figures.runs.map((run) => quantile(run.map(pick), q))
  const line = (what: string, values: number[], limit: number | undefined) => {
    const mid = quantile(values, 0.5)
    const spread = values.length > 1 ? ` (runs ${values.map((v) => v.toFixed(1)).join(', ')})` : ''
    const verdict =
      limit === undefined ? '' : mid <= limit ? `  ≤ ${limit} ms: within` : `  ≤ ${limit} ms: OVER`
    if (limit !== undefined && mid > limit) over++
    return `    ${what.padEnd(22)} ${mid.toFixed(1).padStart(6)} ms${spread}${verdict}`
  }
  const clicks = figures.runs.map((r) => r.length).join(' + ')
  console.log(`${label}  [${clicks} clicks]`)
  const rows: [string, (s: Sample) => number, number, number | undefined][] = [
    ['next paint, median', (s) => s.next, 0.5, budget.nextMedian],
    ['next paint, p75', (s) => s.next, 0.75, budget.nextP75],
    ['next paint, p90', (s) => s.next, 0.9, budget.nextP90],
    ['result painted, median', (s) => s.result, 0.5, budget.resultMedian],
    ['result painted, p90', (s) => s.result, 0.9, undefined],
  ]
  for (const [what, pick, q, limit] of rows) {
    // The 75th percentile is the Chromebook's figure only (Interaction to Next Paint's own).
    if (q === 0.75 && limit === undefined) continue
    console.log(line(what, per(pick, q), limit))
  }
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

/**
 * Lighthouse's scores, median of `runs`: the desktop preset, or its default mobile preset (a
 * phone's screen, a slowed CPU and a slow network, as on a phone or a school Chromebook).
 */
async function lighthouseScores(form: 'desktop' | 'mobile', runs: number) {
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
        form === 'desktop' ? desktop : undefined,
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
  const med = (k: keyof (typeof results)[number]) =>
    quantile(
      results.map((r) => r[k]),
      0.5,
    )
  return {
    runs: results,
    performance: med('performance'),
    accessibility: med('accessibility'),
    bestPractices: med('bestPractices'),
  }
}

/** The newest modification time of a file, or of any file under a folder, in ms. */
function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/** Builds the app when there is no build, or the sources changed after it. */
function ensureBuild() {
  const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0
  // The scripts in src/cli are not part of the app.
  const sources = Math.max(
    ...readdirSync('src')
      .filter((name) => name !== 'cli')
      .map((name) => newest(join('src', name))),
    newest('public'),
    newest('index.html'),
  )
  if (built >= sources) return
  console.log('building the app (dist/ is missing or older than the sources)…')
  execFileSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
}

const BUILT_IN: Budget = { nextMedian: 16.7, nextP90: 33, resultMedian: 50 }
const LARGE: Budget = { nextMedian: 33, resultMedian: 150 }
const CHROMEBOOK: Budget = { nextP75: 100 }
/** After heavy use the budget stays the one set when the log was made fast (issue 14 sets none). */
const HEAVY: Budget = { resultMedian: 100 }

async function main() {
  ensureBuild()
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  const js = initialJs()
  const jsOver = js.gzip / 1024 > 160
  if (jsOver) over++
  console.log(
    `initial JavaScript: ${(js.gzip / 1024).toFixed(1)} kB gzip (${(js.raw / 1024).toFixed(1)} kB raw) in ${js.files.length} files  ≤ 160 kB: ${jsOver ? 'OVER' : 'within'}`,
  )

  const server = await startPreview(PORT)
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS })
  try {
    console.log(
      `browser: Chromium ${browser.version()}, headless, viewport 1366×768; ${RUNS} runs × ${CLICKS} clicks after ${WARMUP} to warm up; settled after ${QUIET} ms without a DOM change`,
    )
    const scenes = [
      ['built-in dataset, the essay’s cases (858 dyad-years)', '', BUILT_IN],
      ['built-in dataset, every case shown (1,849 dyad-years)', '#v=1&cases=all', BUILT_IN],
      ['generated dataset, 50× (39,000 dyad-years)', '?dataset=generated', LARGE],
    ] as const
    for (const [name, query, budget] of scenes) {
      const context = await returningVisit(browser)
      const page = await context.newPage()
      await page.goto(`${ORIGIN}/${query}`)
      await page.getByRole('figure', { name: /history against the model/ }).waitFor()
      const generated = query.includes('generated')
      const preset = generated
        ? page.locator('.preset-list button').first()
        : page.getByRole('button', { name: 'Russia stays communist' })
      const strip = generated
        ? page.locator('.history-editor [role="slider"]').first()
        : page.getByRole('slider', { name: 'Russia, by year' })
      const cell = strip.locator('[data-year="1995"]')
      const projector = page.getByRole('button', { name: 'Projector mode' })
      await preset.scrollIntoViewIfNeeded()
      await run(`${name}: a preset on/off`, page, [preset], budget)
      await cell.scrollIntoViewIfNeeded()
      await run(`${name}: a year cell on/off`, page, [cell], budget)
      await page.evaluate(() => window.scrollTo(0, 0))
      await run(`${name}: projector mode on/off`, page, [projector], budget)
      await context.close()
    }

    // Heavy use: the page opens on an autosave with 3,000 steps, then a year cell is clicked.
    {
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
      const cell = page
        .getByRole('slider', { name: 'Russia, by year' })
        .locator('[data-year="1995"]')
      await cell.scrollIntoViewIfNeeded()
      await run(
        `built-in dataset after heavy use (${HEAVY_STEPS.toLocaleString('en')} steps in the log, a ${(saved.length / 1024).toFixed(0)} kB autosave): a year cell on/off`,
        page,
        [cell],
        HEAVY,
      )
      await context.close()
    }

    // A school Chromebook: the same page with the CPU slowed four times.
    {
      const context = await returningVisit(browser)
      const page = await context.newPage()
      await page.goto(`${ORIGIN}/`)
      await page.getByRole('figure', { name: /history against the model/ }).waitFor()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      const slow = '4× slower CPU, built-in dataset'
      const preset = page.getByRole('button', { name: 'Russia stays communist' })
      await preset.scrollIntoViewIfNeeded()
      await run(`${slow}: a preset on/off`, page, [preset], CHROMEBOOK)
      const cell = page
        .getByRole('slider', { name: 'Russia, by year' })
        .locator('[data-year="1995"]')
      await cell.scrollIntoViewIfNeeded()
      await run(`${slow}: a year cell on/off`, page, [cell], CHROMEBOOK)
      await page.evaluate(() => window.scrollTo(0, 0))
      const steps = page.getByRole('navigation', { name: 'Lesson steps' })
      await run(
        `${slow}: a step change (Explore ↔ Check)`,
        page,
        [
          steps.getByRole('button', { name: /Check/ }),
          steps.getByRole('button', { name: /Explore/ }),
        ],
        CHROMEBOOK,
      )
      await run(
        `${slow}: projector mode on/off`,
        page,
        [page.getByRole('button', { name: 'Projector mode' })],
        CHROMEBOOK,
      )
      await context.close()
    }
  } finally {
    await browser.close()
    if (process.env.BENCH_LIGHTHOUSE === '0') server.kill()
  }
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
    for (const [form, perf] of [
      ['desktop', 100],
      ['mobile', 90],
    ] as const) {
      const lh = await lighthouseScores(form, runs)
      const ok = lh.performance >= perf && lh.accessibility === 100 && lh.bestPractices === 100
      if (!ok) over++
      console.log(
        `Lighthouse ${form} (median of ${lh.runs.length}): performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}` +
          `  [runs: ${lh.runs.map((r) => `${r.performance}/${r.accessibility}/${r.bestPractices}`).join(', ')}]  ≥ ${perf}/100/100: ${ok ? 'within' : 'OVER'}`,
      )
    }
  }
  server.kill()
  console.log(over === 0 ? 'every figure within its budget' : `${over} figures over budget`)
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench:ui: ${(e as Error).message}`)
    process.exit(1)
  },
)
