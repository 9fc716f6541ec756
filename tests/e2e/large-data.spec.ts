import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { benchmarkBase } from '../../src/data/benchmark'
import { downloadFrom, expect, test } from './fixtures'

/*
 * A dataset of hundreds of pairs (the benchmark's 500, `?dataset=generated`): the timeline draws
 * the rows near the window, and the rest as the page scrolls or the keyboard reaches them, with
 * the page as tall as every row; its export holds every row.
 */

/** The pairs of the generated dataset, in the order the timeline draws them. */
const IDS = benchmarkBase().base.dyads.map((d) => d.id)
const PAIRS = IDS.length

/** The pairs drawn on the timeline, in order. */
function drawn(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg.timeline-svg .timeline-row')].map((r) =>
      r.getAttribute('data-dyad')!,
    ),
  )
}

test.beforeEach(async ({ watched: page }) => {
  await page.goto('/?dataset=generated')
  await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
  await expect(
    page.getByRole('group', { name: `Timeline of ${PAIRS} pairs of states, 1949–2026` }),
  ).toBeVisible()
  // The rows are drawn just after the page first paints.
  await expect(page.locator('svg.timeline-svg .timeline-row').first()).toBeAttached()
})

test('hundreds of pairs: the timeline draws the rows near the window, and the next ones as the page scrolls', async ({
  watched: page,
}) => {
  expect(PAIRS).toBe(500)
  const first = await drawn(page)
  expect(first).toEqual(IDS.slice(0, first.length))
  expect(first.length).toBeGreaterThan(10)
  expect(first.length).toBeLessThan(PAIRS / 4)
  // The page is as tall as every row: scrolled to the chart's end, the last rows are drawn.
  await page.evaluate(() => {
    const svg = document.querySelector('svg.timeline-svg')!
    window.scrollTo(0, svg.getBoundingClientRect().bottom + window.scrollY - window.innerHeight)
  })
  await expect.poll(async () => (await drawn(page)).includes(first[0]!)).toBe(false)
  const last = await drawn(page)
  expect(last).toEqual(IDS.slice(PAIRS - last.length))
  expect(last.length).toBeLessThan(PAIRS / 4)
  await expect(page.locator(`.timeline-row[data-dyad="${IDS.at(-1)}"]`)).toBeInViewport()
  // A label drawn far down the chart fits the label column measured at the top.
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('svg.timeline-svg .timeline-row .row-label')]
      .map((t) => t.getBBox().x)
      .filter((x) => x < 0),
  )
  expect(cut).toEqual([])
})

test('hundreds of pairs: Tab goes from row to row past the rows first drawn', async ({
  watched: page,
}) => {
  const first = await drawn(page)
  const lastDrawn = page.locator(`.timeline-row[data-dyad="${first.at(-1)}"]`)
  await lastDrawn.focus()
  await expect(lastDrawn).toBeInViewport()
  // With the row in view, the rows after it are drawn, and Tab reaches the next.
  const next = IDS[first.length]!
  await expect(page.locator(`.timeline-row[data-dyad="${next}"]`)).toBeAttached()
  await page.keyboard.press('Tab')
  await expect(page.locator(`.timeline-row[data-dyad="${next}"]`)).toBeFocused()
})

test('hundreds of pairs: the chart exported as SVG holds every row', async ({ watched: page }) => {
  const svg = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download chart (SVG)' }).first(),
  )
  const text = await readFile((await svg.path())!, 'utf8')
  expect(text.match(/class="timeline-row/g)).toHaveLength(PAIRS)
})
