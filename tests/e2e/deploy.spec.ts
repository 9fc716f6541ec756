import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'

/*
 * A tab left open across a deploy. The built app is served from a folder this test controls, the
 * way a static host (GitHub Pages, a school's web server) serves it; a "deploy" replaces every
 * file in that folder with the next build, whose chunks have other hashed names, so the old
 * chunk URLs answer 404 and the new page asks for new names. The open tab then asks for a part
 * of the app it has not loaded yet.
 *
 * Two honest cases, because the app behaves differently in each:
 * - with the service worker (the usual case on http(s)), the old worker keeps serving the old
 *   build's files from its cache, so nothing 404s: the panel opens, and the new worker waits
 *   until the user accepts "A new version is ready: reload";
 * - without it (service workers blocked, as by some school policies and private windows), the
 *   old chunk is gone: the part that needed it says so in one line instead of taking down its
 *   panel or the page, and Vite's `vite:preloadError` makes the app say a new version is ready.
 * Either way, reloading opens the new build with the work still there.
 */

const DIST = resolve('dist')
const NEW_VERSION = /A new version of the explorer is ready: reload to use it/

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

let work: string
let site: string
let server: Server
let home: string

/** A static host: the files in `site`, 404 for anything else, nothing cached by the browser. */
function serve(dir: string) {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path)
    let body: Buffer
    try {
      if (!file.startsWith(dir)) throw new Error('outside')
      body = readFileSync(file)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('Not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    })
    res.end(body)
  })
}

/**
 * The next build, made from this one: every file under assets/ gets another hash in its name
 * and every reference to it (the page, the chunks' imports, the worker's list) follows, as a
 * rebuild after a code change does. Returns the new name of the page's entry script.
 */
function nextBuild(from: string, to: string): string {
  cpSync(from, to, { recursive: true })
  const renamed = new Map<string, string>()
  for (const name of readdirSync(join(to, 'assets'))) {
    const m = /^(.*)-([\w-]{8})(\.\w+)$/.exec(name)
    if (!m) throw new Error(`an asset without a hash in its name: ${name}`)
    const hash = createHash('sha256').update(`next ${name}`).digest('base64url').slice(0, 8)
    renamed.set(name, `${m[1]}-${hash}${m[3]}`)
  }
  const rewrite = (text: string) => {
    for (const [was, now] of renamed) text = text.split(was).join(now)
    return text
  }
  for (const [was, now] of renamed) {
    const path = join(to, 'assets', was)
    const text = readFileSync(path, 'utf8')
    rmSync(path)
    writeFileSync(join(to, 'assets', now), rewrite(text))
  }
  for (const page of ['index.html', 'sw.js']) {
    writeFileSync(join(to, page), rewrite(readFileSync(join(to, page), 'utf8')))
  }
  // The worker's version names its cache; a new build has a new one.
  const sw = join(to, 'sw.js')
  const worker = readFileSync(sw, 'utf8')
  if (!/const VERSION = "\w+"/.test(worker)) throw new Error('sw.js names no VERSION')
  writeFileSync(sw, worker.replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1next"'))
  const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+)"/.exec(
    readFileSync(join(to, 'index.html'), 'utf8'),
  )?.[1]
  if (!entry) throw new Error('the new page has no entry script')
  return entry
}

/** Deploys a build: the served folder's files are replaced, all at once, by the build's. */
function deploy(build: string) {
  const staging = `${site}.new`
  cpSync(build, staging, { recursive: true })
  rmSync(site, { recursive: true, force: true })
  renameSync(staging, site)
}

let nextEntry: string

test.beforeAll(async () => {
  if (!existsSync(join(DIST, 'sw.js'))) throw new Error('build first: npm run build')
  work = mkdtempSync(join(tmpdir(), 'explorer-deploy-'))
  site = join(work, 'site')
  mkdirSync(join(work, 'builds'))
  cpSync(DIST, join(work, 'builds', 'old'), { recursive: true })
  nextEntry = nextBuild(join(work, 'builds', 'old'), join(work, 'builds', 'new'))
  server = serve(site)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  home = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

test.beforeEach(() => deploy(join(work, 'builds', 'old')))

test.afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()))
  rmSync(work, { recursive: true, force: true })
})

/** Page errors, and console errors other than the given expected ones. */
function watch(page: Page, expected: RegExp[] = []) {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && !expected.some((r) => r.test(m.text())))
      problems.push(`console error: ${m.text()}`)
  })
  return problems
}

const russia = (p: Page) => p.getByRole('button', { name: 'Russia stays communist' })
const entryScript = (p: Page) => p.locator('script[type="module"][src]').getAttribute('src')

/** Opens the explorer, picks a preset and waits until it is saved. */
async function startWork(page: Page) {
  await page.goto(home)
  // Everything the first view loads, the chart included, is in before the deploy.
  await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
  await russia(page).click()
  await expect(russia(page)).toHaveAttribute('aria-pressed', 'true')
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('alliance-explorer:session') ?? ''))
    .toContain('"')
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('')
}

const changelog = (p: Page) =>
  p.getByRole('group').filter({ has: p.getByText(/^Data version .*: what was corrected$/) })

test('with the service worker, the open tab keeps its build until the user reloads into the new one', async ({
  page,
  context,
}) => {
  const problems = watch(page)
  await startWork(page)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    )
  })
  const oldEntry = await entryScript(page)
  expect(oldEntry).not.toBe(`./assets/${nextEntry}`)
  const missing: string[] = []
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`)
  })

  deploy(join(work, 'builds', 'new'))
  // The student opens the explorer in another tab: the browser finds the new worker, which
  // installs and waits, since a tab still runs the old build.
  const other = await context.newPage()
  const otherProblems = watch(other)
  await other.goto(home)
  await expect(russia(other)).toHaveAttribute('aria-pressed', 'true')
  expect(await entryScript(other)).toBe(`./assets/${nextEntry}`)

  const notice = page.getByRole('status').filter({ hasText: NEW_VERSION })
  // Chromium looks for a new worker a few seconds after a navigation, not at once.
  await expect(notice).toBeVisible({ timeout: 30_000 })
  // The old tab still loads parts of its own build it had not opened: the old worker keeps them.
  const loaded = page.waitForResponse((r) => /changelog-list-/.test(r.url()))
  await changelog(page)
    .getByText(/what was corrected$/)
    .click()
  const chunk = await loaded
  expect(chunk.status()).toBe(200)
  expect(chunk.fromServiceWorker()).toBe(true)
  await expect(changelog(page).getByRole('listitem').first()).toBeVisible()
  await page.getByRole('button', { name: 'Cite this' }).click()
  await expect(page.getByRole('heading', { name: 'Cite this', level: 3 })).toBeVisible()
  expect(await entryScript(page)).toBe(oldEntry)

  await notice.getByRole('button', { name: 'Reload' }).click()
  await expect.poll(() => entryScript(page)).toBe(`./assets/${nextEntry}`)
  await expect(russia(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
  expect(missing).toEqual([])
  expect(problems).toEqual([])
  expect(otherProblems).toEqual([])
})

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('parts removed by a deploy say so, the page keeps working, and Reload opens the new build with the work kept', async ({
    page,
  }) => {
    // The browser logs each missing file; nothing else may go wrong.
    const problems = watch(page, [/status of 404/])
    await startWork(page)
    expect(await entryScript(page)).not.toBe(`./assets/${nextEntry}`)

    deploy(join(work, 'builds', 'new'))
    const gone = page.waitForResponse((r) => /changelog-list-/.test(r.url()))
    await changelog(page)
      .getByText(/what was corrected$/)
      .click()
    expect((await gone).status()).toBe(404)
    await expect(
      changelog(page).getByText(/^The list of corrections could not be loaded/),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Cite this' }).click()
    await expect(page.getByText(/^The citations could not be loaded/)).toBeVisible()

    // Said once, with the way out.
    const notice = page.getByRole('status').filter({ hasText: NEW_VERSION })
    await expect(notice).toHaveCount(1)
    // The rest of the page still works: no failed panel, and the work on screen is untouched.
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Save scenario' })).toBeVisible()
    await expect(russia(page)).toHaveAttribute('aria-pressed', 'true')

    await notice.getByRole('button', { name: 'Reload' }).click()
    await expect.poll(() => entryScript(page)).toBe(`./assets/${nextEntry}`)
    await expect(russia(page)).toHaveAttribute('aria-pressed', 'true')
    await changelog(page)
      .getByText(/what was corrected$/)
      .click()
    await expect(changelog(page).getByRole('listitem').first()).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: NEW_VERSION })).toHaveCount(0)
    expect(problems).toEqual([])
  })
})
