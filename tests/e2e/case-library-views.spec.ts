import type { Page } from '@playwright/test'
import { expect, openDisclosure, test } from './fixtures'

/*
 * The timeline and the network with the whole case library in view (issue 13): the rows grouped
 * and foldable, the search, the top axis in view down a tall chart, absent years, and the
 * network's names clear of each other as Chromium draws them, on a laptop and a phone.
 */

/** Opens the explorer with both case sets in view. */
async function openLibrary(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
  await openDisclosure(page, 'Model settings')
  await page.getByRole('radio', { name: /^Both/ }).check()
  await expect(page.getByRole('button', { name: /^Out of sample, \d+ pairs$/ })).toBeVisible()
}

/** The boxes of the network's state names as drawn, and the pairs of them that overlap. */
async function nameClashes(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<SVGTextElement>('svg.network-svg .node text')]
      .filter((t) => (t.textContent ?? '').length > 1)
      .map((t) => ({ name: t.textContent, box: t.getBBox() }))
    const clashes: string[] = []
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!.box
        const q = boxes[b]!.box
        if (
          p.x < q.x + q.width &&
          q.x < p.x + p.width &&
          p.y < q.y + q.height &&
          q.y < p.y + p.height
        )
          clashes.push(`${boxes[a]!.name} / ${boxes[b]!.name}`)
      }
    return { count: boxes.length, clashes }
  })
}

test('the timeline groups, folds and finds the library’s pairs, and keeps its axis in view', async ({
  watched: page,
}) => {
  // A short window, so the chart is surely taller than it.
  await page.setViewportSize({ width: 1366, height: 560 })
  await openLibrary(page)
  const rows = page.locator('svg.timeline-svg .timeline-row')
  const total = await rows.count()
  expect(total).toBeGreaterThanOrEqual(25)
  const essay = page.getByRole('button', { name: /^The essay's cases, 11 pairs$/ })
  await expect(essay).toHaveAttribute('aria-expanded', 'true')
  await essay.focus()
  await page.keyboard.press('Enter')
  await expect(essay).toHaveAttribute('aria-expanded', 'false')
  await expect(rows).toHaveCount(total - 11)
  await page.keyboard.press('Enter')
  await expect(rows).toHaveCount(total)

  // Yugoslavia's pairs are drawn as absent after 1992, and the legend says so.
  await expect(page.locator('svg.timeline-svg g.legend')).toContainText('State did not exist')
  await expect(page.locator('.timeline-row[data-dyad^="YUG"] .absent').first()).toHaveAttribute(
    'data-years',
    '1993-2026',
  )

  // Down the middle of the tall chart, the top axis is at the window's top edge.
  const svg = page.locator('svg.timeline-svg')
  const box = (await svg.boundingBox())!
  expect(box.height).toBeGreaterThan(560)
  await page.evaluate((y) => window.scrollBy(0, y), box.y + box.height / 2)
  const axis = page.locator('svg.timeline-svg .axis[data-axis="top"] text').first()
  await expect.poll(async () => (await axis.boundingBox())?.y ?? -1000).toBeGreaterThanOrEqual(-1)
  expect((await axis.boundingBox())!.y).toBeLessThan(40)

  // The search narrows the rows; its clear button brings them back.
  await page.evaluate(() => window.scrollTo(0, 0))
  const search = page.getByRole('searchbox', { name: 'Find a pair' })
  await search.fill('alb')
  await expect(rows).not.toHaveCount(total)
  for (const id of await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-dyad'))))
    expect(id).toMatch(/ALB/)
  await page.getByRole('button', { name: 'Clear search' }).click()
  await expect(rows).toHaveCount(total)
  await page.locator('figure.timeline').screenshot({ path: 'test-results/timeline-library.png' })
})

for (const { name, viewport } of [
  { name: '1366×768', viewport: { width: 1366, height: 768 } },
  { name: 'a phone', viewport: { width: 390, height: 844 } },
]) {
  test(`the network keeps the library's state names apart on ${name}`, async ({
    watched: page,
  }) => {
    await page.setViewportSize(viewport)
    await openLibrary(page)
    await page.getByRole('button', { name: 'Network', exact: true }).click()
    const slider = page.getByRole('slider', { name: 'Network year' })
    for (const year of ['1960', '1992', '2010']) {
      await slider.fill(year)
      await expect(page.getByRole('heading', { name: `Alliance network in ${year}` })).toBeVisible()
      const { count, clashes } = await nameClashes(page)
      expect(count).toBe(year === '2010' ? 14 : 15)
      expect(clashes, `names in ${year}`).toEqual([])
    }
    await page
      .locator('svg.network-svg')
      .screenshot({ path: `test-results/network-${viewport.width}.png` })
  })
}
