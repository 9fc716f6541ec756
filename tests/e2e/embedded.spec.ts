import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { openStep } from './fixtures'

/*
 * Embedded the way a learning platform (Moodle, Canvas, Google Sites) shows it: in an iframe on
 * a page of another origin. The course page is served from localhost on a port of its own; the
 * explorer from 127.0.0.1 (Playwright's baseURL): two different origins.
 */

let server: Server
let coursePage: string

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    // A page with the explorer's own "Embed" code pasted in, as a teacher would.
    const pasted = url.searchParams.get('pasted')
    if (pasted !== null) {
      res.end(`<!doctype html><html lang="en"><head><title>Week 4</title></head><body>
<h1>Week 4: what if?</h1>
${pasted}</body></html>`)
      return
    }
    const app = url.searchParams.get('app') ?? ''
    const sandbox = url.searchParams.get('sandbox')
    res.end(`<!doctype html><html lang="en"><head><title>Week 3: alliances</title></head><body>
<h1>Week 3: alliances</h1>
<iframe title="Alliance explorer" src="${app}" width="1300" height="740"${
      sandbox === null ? '' : ` sandbox="${sandbox}"`
    }></iframe></body></html>`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  coursePage = `http://localhost:${(server.address() as AddressInfo).port}/`
})

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** Errors in any frame, and requests to anywhere but the course page and the explorer. */
function watch(page: Page, appOrigin: string) {
  const problems: string[] = []
  const allowed = [new URL(coursePage).origin, appOrigin, 'data:', 'blob:']
  page.on('request', (r) => {
    if (!allowed.some((a) => r.url().startsWith(a))) problems.push(`request: ${r.url()}`)
  })
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  return problems
}

const embed = (appUrl: string, sandbox?: string) =>
  `${coursePage}?app=${encodeURIComponent(appUrl)}${
    sandbox === undefined ? '' : `&sandbox=${encodeURIComponent(sandbox)}`
  }`

test('embedded in a page of another origin, the explorer loads and works', async ({
  page,
  baseURL,
}) => {
  const problems = watch(page, new URL(baseURL!).origin)
  await page.goto(embed(`${baseURL}/`))
  expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin)
  const app = page.frameLocator('iframe[title="Alliance explorer"]')
  await app.getByRole('button', { name: 'Russia stays communist' }).click()
  await openStep(app, 'Check')
  await expect(
    app.getByRole('region', { name: 'How well the model fits' }).getByRole('status'),
  ).toHaveText(
    '43 dyad-years are now predicted differently from the baseline; first divergence: Vietnam–Russia, 1992.',
  )
  await expect(app.getByRole('figure', { name: 'Agreement with history per year' })).toBeVisible()
  // Said once: the browser may keep an embedded page's saved work apart.
  await expect(app.getByRole('status').filter({ hasText: 'inside another site' })).toHaveCount(1)
  expect(problems).toEqual([])
})

test('in a sandbox without downloads, the export buttons say to open a new tab, and it opens', async ({
  page,
  context,
  baseURL,
}) => {
  const problems = watch(page, new URL(baseURL!).origin)
  await page.goto(
    embed(
      `${baseURL}/`,
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    ),
  )
  const app = page.frameLocator('iframe[title="Alliance explorer"]')
  await app.getByRole('button', { name: 'Russia stays communist' }).click()
  const png = app.getByRole('button', { name: 'Download chart (PNG)' }).first()
  await expect(png).toHaveAccessibleDescription(
    'Embedded in another site, downloads may be blocked. To download, open the explorer in a new tab.',
  )
  await expect(app.getByRole('button', { name: 'Save scenario' })).toHaveAccessibleDescription(
    /open the explorer in a new tab/,
  )
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    app.getByRole('link', { name: 'open the explorer in a new tab' }).first().click(),
  ])
  // The new tab opens the same work, on its own, where downloads need no explanation.
  await expect(tab.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(
    tab.getByRole('button', { name: 'Download chart (PNG)' }).first(),
  ).not.toHaveAccessibleDescription(/new tab/)
  const download = tab.waitForEvent('download')
  await tab.getByRole('button', { name: 'Save scenario' }).click()
  expect((await download).suggestedFilename()).toMatch(/^alliance-explorer_scenario_.*\.json$/)
  expect(problems).toEqual([])
})

test('the code from "Embed", pasted into a course page, shows the same view and it works', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${baseURL}/`)
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await page.getByRole('button', { name: 'Embed' }).click()
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue()
  expect(code).toMatch(
    /^<iframe src="[^"]+&amp;r=RUS[^"]*" title="Alliance Counterfactual Explorer"/,
  )

  const problems = watch(page, new URL(baseURL!).origin)
  await page.goto(`${coursePage}?pasted=${encodeURIComponent(code)}`)
  const app = page.frameLocator('iframe[title="Alliance Counterfactual Explorer"]')
  // The scenario came with the link, and the explorer inside the page still answers.
  await expect(app.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await app.getByRole('button', { name: 'No Sino-Soviet split' }).click()
  await expect(app.getByRole('button', { name: 'No Sino-Soviet split' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await openStep(app, 'Check')
  await expect(app.getByRole('figure', { name: 'Agreement with history per year' })).toBeVisible()
  const frame = page.locator('iframe[title="Alliance Counterfactual Explorer"]')
  expect((await frame.boundingBox())!.height).toBe(720)
  expect(problems).toEqual([])
})
