import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * The printed handout's chart fills the printable width of an A4 and a Letter page, its smallest
 * text prints at 8 pt or more, and the handout stays on one sheet, also after a long session.
 *
 * Printing lays the page out at the paper's width less its margins (12 mm, the @page rule), so
 * the checks lay it out at that width in print media, and ask Chromium for the PDF to count pages.
 */
const PX_PER_MM = 96 / 25.4
const MARGIN_MM = 12
const PAPERS = [
  { format: 'A4', width: 210, height: 297 },
  { format: 'Letter', width: 215.9, height: 279.4 },
] as const
/** 8 pt in CSS pixels (1 pt = 96/72 px). */
const MIN_LABEL_PX = (8 * 96) / 72

async function printedChart(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.timeline-svg')!
    const box = svg.getBoundingClientRect()
    const vb = svg.viewBox.baseVal
    // What is drawn: the viewBox scaled to fit the box, keeping its proportions.
    const scale = Math.min(box.width / vb.width, box.height / vb.height)
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim())
    const sizes = texts.map((t) => ({
      text: t.textContent!.slice(0, 30),
      px: parseFloat(getComputedStyle(t).fontSize) * scale,
    }))
    const smallest = sizes.reduce((a, b) => (b.px < a.px ? b : a))
    return {
      page: document.documentElement.clientWidth,
      drawn: vb.width * scale,
      smallest,
      rows: svg.querySelectorAll('.timeline-row').length,
    }
  })
}

async function pdfPages(page: Page, format: string) {
  const pdf = (await page.pdf({ format })).toString('latin1')
  return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
}

for (const paper of PAPERS) {
  test(`the handout's chart fills the width of ${paper.format} with text of 8 pt or more`, async ({
    watched: page,
  }) => {
    const printable = {
      width: Math.floor((paper.width - 2 * MARGIN_MM) * PX_PER_MM),
      height: Math.floor((paper.height - 2 * MARGIN_MM) * PX_PER_MM),
    }
    await page.setViewportSize(printable)
    await page.goto('/')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('region', { name: 'Printable handout' })).toBeVisible()
    const chart = await printedChart(page)
    test.info().annotations.push({ type: paper.format, description: JSON.stringify(chart) })
    expect(chart.rows).toBe(11)
    expect(chart.page).toBe(printable.width)
    expect(chart.drawn / chart.page, 'share of the printable width').toBeGreaterThanOrEqual(0.95)
    expect(chart.smallest.px, `smallest text: "${chart.smallest.text}"`).toBeGreaterThanOrEqual(
      MIN_LABEL_PX,
    )
    expect(await pdfPages(page, paper.format), `${paper.format} pages`).toBe(1)
    await page.emulateMedia({ media: 'screen' })
  })
}

test('after a long session the handout still prints on one sheet of A4 and of Letter', async ({
  watched: page,
}) => {
  await page.goto('/')
  // Every preset, and so the longest list of changes and steps the handout prints.
  const presets = page.getByRole('region', { name: 'What if…?' }).locator('button.preset')
  const count = await presets.count()
  expect(count).toBeGreaterThanOrEqual(6)
  for (let k = 0; k < count; k++) await presets.nth(k).click()
  await expect(page.getByRole('region', { name: 'What if…?' }).getByRole('status')).toContainText(
    /\d+ cells changed from history/,
  )
  // Two exercises answered with reasons: the most the handout prints.
  for (const card of await page
    .locator('article.exercise')
    .all()
    .then((a) => a.slice(0, 2))) {
    await card.getByRole('radio').first().check()
    await card
      .getByRole('textbox', { name: 'Why do you think so?' })
      .fill('both criteria have to hold at once, so one change is enough to end it')
  }
  await page.emulateMedia({ media: 'print' })
  const handout = page.getByRole('region', { name: 'Printable handout' })
  await expect(handout).toContainText('Steps taken (the last 4 of')
  await expect(handout.getByRole('heading', { name: /^Exercises/ })).toBeVisible()
  for (const paper of PAPERS) {
    expect(await pdfPages(page, paper.format), `${paper.format} pages`).toBe(1)
  }
  await page.emulateMedia({ media: 'screen' })
})
