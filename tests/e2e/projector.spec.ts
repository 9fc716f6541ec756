import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoViolations, openStep, test } from './fixtures'
import { clippedLabels } from './layout'

/*
 * Projector mode on a classroom projector (1920×1080): larger type and heavier lines reach every
 * chart, the timeline's row labels all fit, an export made in it comes out in it, and the page
 * still passes axe.
 */
test.use({ viewport: { width: 1920, height: 1080 } })

/** What projector mode should change, measured as drawn. */
async function look(page: Page) {
  return page.evaluate(() => {
    // Only the charts of the view on screen: a measure whose chart is elsewhere is left out.
    const css = (selector: string) => {
      const el = document.querySelector(selector)
      return el ? getComputedStyle(el) : null
    }
    const px = (v: string | undefined) => (v === undefined ? undefined : parseFloat(v))
    const band = document.querySelector('.timeline-svg .band-track')?.getAttribute('height')
    const all = {
      timelineFont: px(css('.timeline-svg .row-label')?.fontSize),
      timelineBand: px(band ?? undefined),
      networkLine: px(css('.network-svg [data-series="history"]')?.strokeWidth),
      networkNode: px(css('.network-svg .node circle')?.strokeWidth),
      networkFont: px(css('.network-svg .node text')?.fontSize),
      agreementLine: px(css('.agreement-chart .recharts-line-curve')?.strokeWidth),
      agreementFont: px(css('.agreement-chart .recharts-cartesian-axis-tick-value')?.fontSize),
    }
    return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as Record<
      string,
      number
    >
  })
}

/** The measures of every chart, each taken in its own view: the timeline, the network, Check. */
async function lookEverywhere(page: Page) {
  await openStep(page, 'Explore')
  await page.getByRole('group', { name: 'Chart' }).getByRole('button', { name: 'Timeline' }).click()
  const timeline = await look(page)
  await page.getByRole('group', { name: 'Chart' }).getByRole('button', { name: 'Network' }).click()
  await expect(page.locator('.network-svg [data-series="history"]').first()).toBeAttached()
  const network = await look(page)
  await openStep(page, 'Check')
  await expect(page.locator('.agreement-chart .recharts-line-curve').first()).toBeAttached()
  const check = await look(page)
  await openStep(page, 'Explore')
  await page.getByRole('group', { name: 'Chart' }).getByRole('button', { name: 'Timeline' }).click()
  return { ...timeline, ...network, ...check }
}

test('projector mode reaches every chart and its export, and cuts no label', async ({
  watched: page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  const standard = await lookEverywhere(page)
  expect(Object.keys(standard)).toHaveLength(7)
  await expect.poll(() => clippedLabels(page)).toEqual([])

  await page.getByRole('button', { name: 'Projector mode' }).click()
  await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  // The button shows pressed at once; the page takes its new look in the next frame.
  await expect(page.locator('html')).toHaveAttribute('data-display', 'projector')
  const projector = await lookEverywhere(page)
  // Every measure is larger: type on all three charts, the timeline's bands, and the lines of the
  // network and agreement charts.
  for (const [key, value] of Object.entries(standard)) {
    expect(projector[key], key).toBeGreaterThan(value)
  }
  expect(await page.locator('.timeline-svg .row-label').count()).toBe(11)
  await expect.poll(() => clippedLabels(page)).toEqual([])
  // Wider text spacing on top of projector mode widens the labels again; they still fit.
  await page.getByRole('checkbox', { name: 'Wider spacing' }).check()
  await expect.poll(() => clippedLabels(page)).toEqual([])

  // The network's SVG export, made now, is drawn in projector style and names no token.
  await page.getByRole('group', { name: 'Chart' }).getByRole('button', { name: 'Network' }).click()
  const network = page.getByRole('figure', { name: /^Alliance network in/ })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    network.getByRole('button', { name: 'Download chart (SVG)' }).click(),
  ])
  const svgText = await readFile((await download.path())!, 'utf8')
  expect(svgText).not.toContain('var(')
  const exported = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const line = doc.querySelector<SVGElement>('[data-series="history"]')!
    return { width: parseFloat(line.style.strokeWidth), stroke: line.style.stroke }
  }, svgText)
  expect(exported.width).toBe(projector.networkLine)
  expect(exported.stroke).toBe('rgb(0, 0, 0)')

  await expectNoViolations(page, 'projector mode with wide spacing')
})
