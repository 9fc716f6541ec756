import type { Page } from '@playwright/test'
import {
  expect,
  expectNoViolations,
  fingerDragSetsFiveYears,
  openDisclosure,
  openStep,
  scrollToMiddle,
  test,
} from './fixtures'
import { tooSmall } from './layout'

/**
 * A student on a phone: the page fits the screen, everything they tap is big enough or far enough
 * from its neighbours (WCAG 2.2, 2.5.8), and a finger dragged along a year strip sets every year
 * it crosses.
 */

const PHONES = [
  { name: 'a 360 px phone', width: 360, height: 740 },
  { name: 'a 390 px phone', width: 390, height: 844 },
] as const

test.use({ hasTouch: true, isMobile: true })

/** Opens the explorer and waits for the first screen: the presets and the timeline. */
async function open(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
}

/**
 * Each view a student reaches, opened in turn, with the disclosures they open: Explore (the
 * presets, the editors and the timeline, then the exercises and the network), Debate and Check.
 */
const VIEWS: { name: string; show: (page: Page) => Promise<void> }[] = [
  {
    name: 'Explore',
    show: async (page) => {
      await page.getByText('About the theory and data').click()
      await expect(page.getByRole('heading', { name: 'How the model works' })).toBeVisible()
      await page.getByText('The timeline as text').click()
      await page.locator('summary', { hasText: 'Pairs shown' }).click()
      await openDisclosure(page, 'Model settings')
      await openDisclosure(page, 'Your changes')
    },
  },
  {
    name: 'Explore: predict first, and the network',
    show: async (page) => {
      await page.getByRole('button', { name: 'Predict first' }).click()
      const card = page.getByRole('article', { name: 'Russia stays communist' })
      await expect(card.getByRole('radio', { name: 'Not sure' })).toBeVisible()
      await page.getByRole('button', { name: 'Network' }).click()
      await expect(page.getByRole('slider', { name: 'Network year' })).toBeVisible()
    },
  },
  {
    name: 'Debate',
    show: async (page) => {
      await openStep(page, 'Debate')
      await expect(page.getByRole('region', { name: 'The Vu–Lan debate' })).toBeVisible()
    },
  },
  {
    name: 'Check',
    show: async (page) => {
      await openStep(page, 'Check')
      await expect(page.getByRole('table', { name: /every dyad-year/i })).toBeVisible()
      await expect(page.locator('.agreement-chart[aria-busy="true"]')).toHaveCount(0)
      await page.locator('summary', { hasText: 'Columns' }).click()
    },
  },
]

for (const phone of PHONES) {
  test.describe(`on ${phone.name} (${phone.width}×${phone.height})`, () => {
    test.use({ viewport: { width: phone.width, height: phone.height } })

    test('nothing scrolls sideways, on any step', async ({ watched: page }) => {
      await open(page)
      for (const view of VIEWS) {
        await view.show(page)
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          screen: window.innerWidth,
        }))
        expect(widths.screen).toBe(phone.width)
        expect(widths.page, `${view.name}: no wider than the screen`).toBeLessThanOrEqual(
          widths.screen,
        )
      }
    })

    test('every tap target is at least 24×24 px or spaced 24 px apart, on any step', async ({
      watched: page,
    }) => {
      await open(page)
      for (const view of VIEWS) {
        await view.show(page)
        const found = await tooSmall(page)
        test.info().annotations.push({ type: view.name, description: JSON.stringify(found) })
        expect(found.count, `${view.name}: targets measured`).toBeGreaterThan(20)
        expect(found.failing, `${view.name}: targets under 24 px without room around them`).toEqual(
          [],
        )
      }
      // Last, as a tap elsewhere closes it: the toolbar's More menu.
      await openStep(page, 'Explore')
      await page.getByRole('button', { name: 'More' }).click()
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
      const menu = await tooSmall(page)
      expect(menu.failing, 'the More menu: targets under 24 px without room around them').toEqual(
        [],
      )
    })

    test('axe finds no WCAG A or AA violations, on any step', async ({ watched: page }) => {
      test.slow() // axe reads each long page: about 30 s on a busy 2-core machine
      await open(page)
      for (const view of VIEWS) {
        await view.show(page)
        await expectNoViolations(page, `the phone layout: ${view.name}`, {
          extraTags: ['wcag22aa'],
        })
      }
    })
  })
}

test.describe('with a finger', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('a drag along a year strip sets every year it crosses, as one step', async ({
    watched: page,
  }) => {
    await open(page)
    const strip = page.getByRole('slider', { name: 'USSR / Russia, by year' })
    await scrollToMiddle(strip)
    await fingerDragSetsFiveYears(page, strip)
  })

  test('an upward swipe over the year strips scrolls the page and changes nothing', async ({
    watched: page,
  }) => {
    await open(page)
    const strip = page.getByRole('slider', { name: 'USSR / Russia, by year' })
    await scrollToMiddle(strip)
    const box = (await strip.locator('[data-year="1975"]').boundingBox())!
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    const before = await page.evaluate(() => window.scrollY)
    const cdp = await page.context().newCDPSession(page)
    const at = (dy: number) => [{ x, y: y - dy, id: 1, radiusX: 4, radiusY: 4, force: 1 }]
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) })
    for (let dy = 20; dy <= 200; dy += 20) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(dy) })
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })

    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 50)
    await expect(page.locator('.strip-cells .is-changed')).toHaveCount(0)
    await openDisclosure(page, 'Your changes')
    await expect(
      page.getByRole('region', { name: 'Your changes' }).getByRole('listitem'),
    ).toHaveCount(0)
  })
})
