import AxeBuilder from '@axe-core/playwright'
import {
  test as base,
  expect,
  type BrowserContext,
  type Download,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test'

/** Where the first-run guides remember they were dismissed (src/features/guide/guide-storage.ts). */
export const GUIDE_KEY = 'alliance-explorer:guide'

/**
 * Makes every page of `context` open as on a returning visit: the first-run tour and the chart
 * walkthrough already dismissed. For contexts a journey opens itself with `browser.newContext()`.
 */
export async function dismissGuides(context: BrowserContext) {
  await context.addInitScript((key) => {
    try {
      window.localStorage.setItem(key, JSON.stringify({ tour: true, walkthrough: true }))
    } catch {
      // No storage here (a sandboxed frame): nothing is remembered, so nothing needs dismissing.
    }
  }, GUIDE_KEY)
}

/**
 * Every journey runs under watch: a request to any other origin, or an error in the console or
 * the page, fails the test that caused it. The first-run tour and the chart walkthrough count as
 * already dismissed in every page, except in a journey that sets `firstVisit` (the tour's own).
 */
export const test = base.extend<{ watched: Page; firstVisit: boolean }>({
  firstVisit: [false, { option: true }],
  context: async ({ context, firstVisit }, use) => {
    if (!firstVisit) await dismissGuides(context)
    await use(context)
  },
  watched: async ({ page, baseURL }, use) => {
    const problems: string[] = []
    const origin = new URL(baseURL!).origin
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.push(`request left the origin: ${url}`)
      }
    })
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    await use(page)
    expect(problems, 'no outside requests and no errors').toEqual([])
  },
})

export { expect }

/** How long a chart export may take before the journey looks at why no file came. */
const EXPORT_WAIT_MS = 45_000

/**
 * Clicks a chart's export button and returns the file it downloads. The buttons say what they
 * did in a status beside them ("Making the PNG…", then "Downloaded <file>."). Twice in about a
 * dozen CI runs a PNG click in headless Chromium under load brought no file, with the button free
 * again and no message; the cause is not known. If no file comes, this reads the status: a click
 * the page never acted on (an empty status) is clicked again, once, and says so in the output;
 * otherwise the journey fails, saying what the page reported.
 */
export async function downloadFrom(page: Page, button: Locator): Promise<Download> {
  const status = button.locator('xpath=..').getByRole('status')
  for (let attempt = 1; ; attempt++) {
    await expect(button).toBeEnabled()
    const download = page.waitForEvent('download', { timeout: EXPORT_WAIT_MS })
    await button.click()
    try {
      return await download
    } catch {
      const said = (await status.textContent())?.trim() ?? ''
      const alerts = await page.getByRole('alert').allTextContents()
      if (said === '' && alerts.length === 0 && attempt === 1) {
        console.log(
          `no file ${EXPORT_WAIT_MS / 1000} s after a click the page never acted on: clicking again`,
        )
        continue
      }
      throw new Error(
        `no download ${EXPORT_WAIT_MS / 1000} s after clicking (attempt ${attempt}); the buttons said "${said}"` +
          (alerts.length ? `; alerts: ${alerts.join(' | ')}` : ''),
      )
    }
  }
}

/** Where the autosave keeps the work (src/share/storage.ts). */
const SESSION_KEY = 'alliance-explorer:session'

/** Waits until the autosave has written work that mentions `text` (a pair's id, a log entry). */
export async function savedWith(page: Page, text: string) {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', SESSION_KEY))
    .toContain(text)
}

/** The scenario band of one pair on the timeline, as years ("1949-1991 1995-1995"). */
export async function scenarioYears(page: Page, pair: string) {
  return page
    .getByRole('slider', { name: `${pair}: history, baseline and scenario by year` })
    .locator('[data-series="scenario"]')
    .getAttribute('data-years')
}

/**
 * Fails, naming each violation and up to three of its elements, when axe finds a WCAG 2.1 A or AA
 * problem (plus any `extraTags`, e.g. WCAG 2.2) on the page or in the part `include` selects.
 */
export async function expectNoViolations(
  page: Page,
  state: string,
  { extraTags = [], include }: { extraTags?: string[]; include?: string } = {},
) {
  let axe = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    ...extraTags,
  ])
  if (include) axe = axe.include(include)
  const result = await axe.analyze()
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  )
  expect(summary, `axe violations in ${state}`).toEqual([])
}

/** Opens a lesson step (Explore, Debate, Check) by its button in the header. */
export async function openStep(page: Page | FrameLocator, step: 'Explore' | 'Debate' | 'Check') {
  const button = page
    .getByRole('navigation', { name: 'Lesson steps' })
    .getByRole('button', { name: new RegExp(step) })
  await button.click()
  await expect(button).toHaveAttribute('aria-current', 'step')
}

/** Opens one of Explore's disclosures ("Model settings", "Your changes") unless it is open. */
export async function openDisclosure(page: Page, name: RegExp | string) {
  const summary = page.locator('details.editor-disclosure > summary').filter({ hasText: name })
  const details = summary.locator('..')
  if ((await details.getAttribute('open')) === null) await summary.click()
  await expect(details).toHaveAttribute('open', '')
}

/**
 * Scrolls an element to the middle of the window as the page's own scrolling would. Not
 * Playwright's scrollIntoViewIfNeeded: the history editor is skipped by the browser while off
 * screen (`content-visibility: auto`), and the DevTools protocol's scroll places an element of a
 * skipped part by its placeholder size, which on a phone leaves the strip below the window.
 */
export async function scrollToMiddle(target: Locator) {
  await target.evaluate((e) => e.scrollIntoView({ block: 'center' }))
  // Then two frames, as an eye sees the page before a finger aims: the rows that come into view
  // are laid out in the first frame after the scroll, and may move the target; a busy page (the
  // result of the last change still being drawn) can hold that frame back past the next command.
  await target.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
}

/**
 * Drags a finger along a year strip from 1992 to 1996 (a real touch through the DevTools
 * protocol: Chromium turns it into pointer events of type "touch", with the implicit capture that
 * sends every move to the cell first touched), then checks that exactly those five years changed,
 * as one step in "Your changes".
 */
export async function fingerDragSetsFiveYears(page: Page, strip: Locator) {
  const centreOf = async (year: number) => {
    const box = (await strip.locator(`[data-year="${year}"]`).boundingBox())!
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }
  const from = await centreOf(1992)
  const to = await centreOf(1996)
  const cdp = await page.context().newCDPSession(page)
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: at ? [{ x: at.x, y: at.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] : [],
    })
  await touch('touchStart', from)
  const steps = 12
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', {
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    })
  }
  await touch('touchEnd')
  await openDisclosure(page, 'Your changes')

  const changed = strip.locator('.is-changed')
  await expect(changed).toHaveCount(5)
  expect(
    await changed.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-year'))),
  ).toEqual(['1992', '1993', '1994', '1995', '1996'])
  await expect(page.getByRole('region', { name: 'Your changes' }).getByRole('listitem')).toHaveText(
    [/Russian Federation communist 1992–1996/],
  )
}
