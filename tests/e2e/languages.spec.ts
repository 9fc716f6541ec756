import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { downloadFrom, expect, expectNoViolations, test } from './fixtures'
import { clippedLabels, overflow, textProblems, tooSmall } from './layout'

/*
 * The explorer in each of its languages, in real Chromium: on a phone, a laptop and a projector,
 * every step fits the width, no chart text is cut or runs into another, no row label is clipped,
 * every tap target is big enough, and axe finds nothing; in Vietnamese and Chinese no English
 * word is left on screen but the names and records that stay English (marked lang="en").
 * Journeys reach each view through a link (`lang=`, `step=`, `chart=`), which is the same in
 * every language, rather than by the buttons' words.
 */

const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'vi', name: 'Tiếng Việt' },
  { tag: 'zh-Hans', name: '简体中文' },
] as const

const SCREENS = [
  { name: 'a 390 px phone', width: 390, height: 844, touch: true },
  { name: 'a laptop', width: 1366, height: 768, touch: false },
  { name: 'a projector', width: 1920, height: 1080, touch: false },
] as const

const VIEWS = [
  { name: 'Explore with the timeline', link: '', chart: 'svg.timeline-svg' },
  { name: 'Explore with the network', link: '&chart=network', chart: 'svg.network-svg' },
  { name: 'Debate', link: '&step=debate', chart: null },
  { name: 'Check', link: '&step=check', chart: '.agreement-chart svg.recharts-surface' },
] as const

/**
 * Words a Vietnamese or Chinese page may show in Latin letters: people's and places' names as
 * the translations keep them, acronyms and file formats.
 */
const KEPT = new Set([
  'ATOP',
  'COW',
  'CSV',
  'JSON',
  'PNG',
  'SVG',
  'Khang',
  'Diplomat',
  'Ngo',
  'Lan',
  // A state's code, as the table's search takes it.
  'VNM',
  // Keys, as their caps print them.
  'Shift',
  'Enter',
  'Tab',
  'Esc',
  'Escape',
])

/** Opens a view of the explorer through a link, fresh, and waits for its charts to be drawn. */
async function openView(page: Page, language: string, view: (typeof VIEWS)[number]) {
  await page.goto('about:blank')
  await page.goto(`/#v=1&lang=${language}${view.link}`)
  await expect(page.locator('html')).toHaveAttribute('lang', language)
  if (view.chart) await expect(page.locator(`${view.chart} text`).first()).toBeVisible()
  if (view.link.includes('check'))
    await expect(page.locator('.agreement-chart[aria-busy="true"]')).toHaveCount(0)
}

/**
 * The English words a page shows (or says to a screen reader) outside what is marked English:
 * words of four or more Latin letters, in visible text and in the names and descriptions given
 * in attributes, with where each was found.
 */
function englishLeft(page: Page, kept: readonly string[], latinScript: boolean) {
  return page.evaluate(
    ({ kept, latinScript, english }) => {
      const allowed = new Set(kept)
      const common = new Set(english)
      const found = new Map<string, Set<string>>()
      const keep = (text: string, where: Element) => {
        // Vietnamese is written in Latin letters, so there an English word is one of the commonest
        // English words; Chinese has none of its own.
        // A title quoted in its own language (“The World and Japan”) is a name, not a leftover.
        const unquoted = text.replace(/“[^”]*”|《[^》]*》/g, '')
        const words = [...unquoted.matchAll(/[A-Za-z][a-z]*[A-Za-z]{2,}/g)]
          .map((m) => m[0])
          .filter((w) => !allowed.has(w) && (!latinScript || common.has(w.toLowerCase())))
        if (words.length === 0) return
        const key = `${where.tagName.toLowerCase()}: ${text.trim().slice(0, 70)}`
        found.set(key, new Set([...(found.get(key) ?? []), ...words]))
      }
      const exempt = (e: Element) =>
        e.closest('[lang="en"], [translate="no"], code, kbd, script, style')
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement
        if (!parent || exempt(parent) || !parent.checkVisibility()) continue
        keep(n.textContent ?? '', parent)
      }
      for (const e of document.querySelectorAll(
        '[aria-label], [title], [placeholder], [alt], [aria-valuetext]',
      )) {
        if (exempt(e) || !e.checkVisibility()) continue
        for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
          const v = e.getAttribute(a)
          if (v) keep(v, e)
        }
      }
      return [...found].map(([where, words]) => `${where} [${[...words].join(' ')}]`)
    },
    { kept, latinScript, english: COMMON_ENGLISH },
  )
}

/** English words common enough that any English left in a Vietnamese page shows one. */
const COMMON_ENGLISH = (
  'the and of for with from this that are was were not has have had will would its their ' +
  'which what when where who how all any only none your you our they them than into ' +
  'year years history model alliance alliances allied shared threat ideology pair pairs ' +
  'press click show hide open save copy link download chart table case cases change changes ' +
  'changed rule settings prediction predicted baseline scenario step steps loading error ' +
  'about more less each every one two three also but more most here there'
).split(' ')

for (const language of LANGUAGES) {
  for (const screen of SCREENS) {
    test.describe(`in ${language.name} on ${screen.name}`, () => {
      test.use({
        viewport: { width: screen.width, height: screen.height },
        hasTouch: screen.touch,
        isMobile: screen.touch,
      })

      test('every view fits, cuts no text, has big enough targets and passes axe', async ({
        watched: page,
      }) => {
        test.slow() // axe reads each long page: about 30 s on a busy 2-core machine
        for (const view of VIEWS) {
          await openView(page, language.tag, view)
          const where = `${language.name}, ${view.name}`
          expect
            .soft(await overflow(page), `${where}: px past the right edge`)
            .toBeLessThanOrEqual(0)
          if (view.chart) {
            const found = await textProblems(page, view.chart)
            expect.soft(found.cut, `${where}: chart texts cut at its edge`).toEqual([])
            expect.soft(found.overlaps, `${where}: chart texts running into each other`).toEqual([])
          }
          if (view.name === 'Explore with the timeline')
            expect.soft(await clippedLabels(page), `${where}: clipped row labels`).toEqual([])
          if (screen.touch) {
            // Measured once the page's controls are all drawn.
            await expect.poll(async () => (await tooSmall(page)).count).toBeGreaterThan(20)
            const targets = await tooSmall(page)
            expect.soft(targets.failing, `${where}: targets under 24 px`).toEqual([])
          }
          if (language.tag !== 'en') {
            const left = await englishLeft(page, [...KEPT], language.tag === 'vi')
            expect.soft(left, `${where}: English words left on screen`).toEqual([])
          }
          // axe on every view on the laptop; elsewhere on Explore only, to keep the time down.
          if (screen.width === 1366 || view.link === '') await expectNoViolations(page, where)
        }
      })
    })
  }
}

test.describe('choosing a language', () => {
  test.use({ locale: 'vi-VN' })

  test('a first visit opens in the browser’s language', async ({ watched: page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.getByRole('combobox', { name: 'Ngôn ngữ' })).toHaveValue('vi')
  })

  test('the menu changes every word, the link, the export and the handout', async ({
    watched: page,
  }) => {
    await page.goto('/')
    const menu = page.locator('.language-menu select')
    await menu.selectOption('zh-Hans')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
    await expect(page).toHaveTitle('同盟反事实探索')
    // The choice is in the link and the autosave: a reload keeps it.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('lang=zh-Hans')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
    expect(await englishLeft(page, [...KEPT], false)).toEqual([])

    // The exported chart is in Chinese, in a face that has Chinese.
    const svg = await downloadFrom(page, page.locator('.export-buttons button').nth(1))
    const text = await readFile((await svg.path())!, 'utf8')
    expect(text).toMatch(/[\u4e00-\u9fff]/)
    expect(text).toContain('Noto Sans CJK SC')

    // The handout goes to paper in Chinese.
    await page.emulateMedia({ media: 'print' })
    const handout = page.locator('.handout')
    await expect(handout).toBeVisible()
    expect(await handout.innerText()).toMatch(/[\u4e00-\u9fff]{4}/)
  })
})

test.describe('loading a language', () => {
  // The page's own requests only (the service worker, which keeps every file for offline use,
  // fetches the catalogues in the background after a first visit).
  test.use({ serviceWorkers: 'block', locale: 'en-US' })

  test('an English page fetches no other language; choosing one fetches that one alone', async ({
    watched: page,
  }) => {
    const catalogues: string[] = []
    page.on('request', (r) => {
      const m = /\/assets\/(vi|zh-Hans)-[\w-]+\.js$/.exec(r.url())
      if (m) catalogues.push(m[1]!)
    })
    await page.goto('/')
    await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
    // The last thing the page loads after its first paint, when the browser is idle, is in.
    await expect(page.locator('.handout')).toBeAttached()
    expect(catalogues).toEqual([])

    await page.locator('.language-menu select').selectOption('vi')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    expect(catalogues).toEqual(['vi'])
  })
})
