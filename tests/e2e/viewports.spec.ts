import type { Page } from '@playwright/test'
import {
  expect,
  expectNoViolations,
  fingerDragSetsFiveYears,
  openStep,
  scrollToMiddle,
  test,
} from './fixtures'
import { overflow, textProblems } from './layout'

/*
 * The screens a class really uses, from a small phone to a classroom projector: on every step the
 * page fits the width, the charts cut and overlap none of their text, and the page passes axe. On
 * a tablet a finger drag sets the years it crosses, and on a 1366×768 laptop the first screen
 * holds every "What if…?" button and the whole timeline.
 */

type Screen = {
  name: string
  width: number
  height: number
  hasTouch: boolean
  isMobile: boolean
  projector?: boolean
}

const SCREENS: Screen[] = [
  { name: 'a 360 px phone', width: 360, height: 740, hasTouch: false, isMobile: false },
  { name: 'a 390 px phone', width: 390, height: 844, hasTouch: true, isMobile: true },
  { name: 'a tablet', width: 768, height: 1024, hasTouch: true, isMobile: true },
  { name: 'a laptop', width: 1366, height: 768, hasTouch: false, isMobile: false },
  { name: 'a Chromebook', width: 1536, height: 864, hasTouch: false, isMobile: false },
  {
    name: 'a projector, in projector mode',
    width: 1920,
    height: 1080,
    hasTouch: false,
    isMobile: false,
    projector: true,
  },
]

/** The chart SVGs whose text is measured, by the name the failure message gives them. */
const CHARTS = {
  timeline: 'svg.timeline-svg',
  network: 'svg.network-svg',
  agreement: '.agreement-chart svg.recharts-surface',
} as const

/** Opens the explorer and waits for the first screen: the presets and the timeline. */
async function open(page: Page, screen: Screen) {
  await page.goto('/')
  await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
  if (screen.projector) {
    const toggle = page.getByRole('button', { name: 'Projector mode' })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('html')).toHaveAttribute('data-display', 'projector')
  }
}

/** Each view a student reaches, opened in turn, and the charts it shows. */
const VIEWS: {
  name: string
  charts: (keyof typeof CHARTS)[]
  show: (page: Page) => Promise<void>
}[] = [
  {
    name: 'Explore with the timeline',
    charts: ['timeline'],
    show: async (page) => {
      await openStep(page, 'Explore')
      await page.getByRole('button', { name: 'Timeline', exact: true }).click()
      await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
      await expect(page.locator('svg.timeline-svg .row-label').first()).toBeVisible()
    },
  },
  {
    name: 'Explore with the network',
    charts: ['network'],
    show: async (page) => {
      await openStep(page, 'Explore')
      await page.getByRole('button', { name: 'Network', exact: true }).click()
      await expect(page.getByRole('figure', { name: /^Alliance network in \d{4}/ })).toBeVisible()
      await expect(page.locator('svg.network-svg text').first()).toBeVisible()
    },
  },
  {
    name: 'Debate',
    charts: [],
    show: async (page) => {
      await openStep(page, 'Debate')
      await expect(page.getByRole('region', { name: 'The Vu–Lan debate' })).toBeVisible()
    },
  },
  {
    name: 'Check',
    charts: ['agreement'],
    show: async (page) => {
      await openStep(page, 'Check')
      await expect(page.getByRole('table', { name: /every dyad-year/i })).toBeVisible()
      await expect(
        page.getByRole('figure', { name: /agreement with history per year/i }),
      ).toBeVisible()
      await expect(page.locator('.agreement-chart[aria-busy="true"]')).toHaveCount(0)
      await expect(page.locator(`${CHARTS.agreement} text`).first()).toBeVisible()
    },
  },
]

/** The bottom edge of a box, as drawn now, in CSS px from the top of the window. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    // The buttons, the panel that reads the scenario out, and the way back to history.
    const presets = [
      ...document.querySelectorAll<HTMLElement>(
        '#presets button.preset, #presets .preset-detail, #presets button.reset',
      ),
    ].map((b) => {
      const box = b.getBoundingClientRect()
      return {
        text: b.matches('.preset-detail')
          ? 'the scenario description'
          : (b.textContent ?? '').replace(/^[+✓]/, '').trim(),
        left: box.left,
        top: box.top,
        right: box.right,
        bottom: box.bottom,
      }
    })
    const axis = document.querySelector('svg.timeline-svg .axis[data-axis="bottom"]')
    return {
      scrollY: window.scrollY,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      presets,
      axisBottom: axis ? axis.getBoundingClientRect().bottom : null,
    }
  })
}

for (const screen of SCREENS) {
  test.describe(`on ${screen.name} (${screen.width}×${screen.height})`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      hasTouch: screen.hasTouch,
      isMobile: screen.isMobile,
    })

    test('every view fits the width, cuts and overlaps no chart text, and passes axe', async ({
      watched: page,
    }) => {
      test.slow() // axe reads each long page: about 30 s on a busy 2-core machine
      await open(page, screen)
      expect(await page.evaluate(() => window.innerWidth)).toBe(screen.width)

      // Soft checks, so one run names every view and chart that fails, not only the first.
      for (const view of VIEWS) {
        await view.show(page)
        expect
          .soft(await overflow(page), `${view.name}: px past the right edge`)
          .toBeLessThanOrEqual(0)
        for (const chart of view.charts) {
          const found = await textProblems(page, CHARTS[chart])
          test.info().annotations.push({
            type: `${view.name}: ${chart} chart`,
            description: `${found.texts} texts, ${found.cut.length} cut, ${found.overlaps.length} overlaps`,
          })
          expect
            .soft(found.texts, `${view.name}: texts measured on the ${chart} chart`)
            .toBeGreaterThan(3)
          expect.soft(found.cut, `${view.name}: ${chart} chart texts cut at its edge`).toEqual([])
          expect
            .soft(found.overlaps, `${view.name}: ${chart} chart texts running into each other`)
            .toEqual([])
        }
      }

      // axe on every view on the projector; elsewhere on Explore only, to keep the time down.
      const audited = screen.projector ? VIEWS : VIEWS.slice(0, 1)
      for (const view of audited) {
        await view.show(page)
        await expectNoViolations(page, `${screen.name}: ${view.name}`)
      }
    })

    if (screen.width === 768) {
      test('a finger dragged across five years of a year strip sets those five', async ({
        watched: page,
      }) => {
        await open(page, screen)
        const strip = page.getByRole('slider', { name: 'USSR / Russia, by year' })
        await scrollToMiddle(strip)
        await fingerDragSetsFiveYears(page, strip)
      })
    }

    if (screen.width === 1366) {
      test('the first screen holds every "What if…?" button and the whole timeline', async ({
        watched: page,
      }) => {
        await open(page, screen)
        for (const moment of ['on opening', 'after "Russia stays communist"']) {
          if (moment !== 'on opening') {
            const preset = page.getByRole('button', { name: 'Russia stays communist' })
            await preset.click()
            await expect(preset).toHaveAttribute('aria-pressed', 'true')
            await expect(page.locator('svg.timeline-svg .row-label').first()).toBeVisible()
          }
          const seen = await firstScreen(page)
          const last = seen.presets.at(-1)
          test.info().annotations.push({
            type: `first screen ${moment}`,
            description: `timeline bottom axis ends at ${seen.axisBottom?.toFixed(1)} px, last preset ("${last?.text}") at ${last?.bottom.toFixed(1)} px, window ${seen.innerHeight} px`,
          })
          expect(seen.scrollY, `${moment}: the page is not scrolled`).toBe(0)
          expect(seen.presets.length, `${moment}: preset buttons found`).toBeGreaterThan(3)
          const outside = seen.presets
            .filter(
              (p) =>
                p.left < 0 || p.top < 0 || p.right > seen.innerWidth || p.bottom > seen.innerHeight,
            )
            .map((p) => `"${p.text}" ends at ${p.bottom.toFixed(1)} px`)
          expect.soft(outside, `${moment}: preset buttons below the first screen`).toEqual([])
          expect(seen.axisBottom, `${moment}: the timeline's bottom axis is drawn`).not.toBeNull()
          expect
            .soft(seen.axisBottom!, `${moment}: the timeline's bottom axis, px from the top`)
            .toBeLessThanOrEqual(seen.innerHeight)
        }
      })
    }
  })
}
