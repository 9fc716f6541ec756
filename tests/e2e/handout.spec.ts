import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, openStep, test } from './fixtures'

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
  // Every preset over the essay's cases, and so the longest list of changes and steps the handout
  // prints with the eleven pairs in view. (A preset over the case library shows all 25 pairs, and
  // that timeline takes a second sheet.)
  const presets = page.getByRole('region', { name: 'What if…?' }).locator('button.preset')
  // The first render runs as a transition, so the buttons may come a moment after the load.
  await expect(presets.first()).toBeVisible()
  const count = await presets.count()
  expect(count).toBeGreaterThanOrEqual(10)
  for (let k = 0; k < 6; k++) await presets.nth(k).click()
  await expect(page.getByRole('region', { name: 'What if…?' }).getByRole('status')).toContainText(
    /\d+ cells changed from history/,
  )
  // Two exercises answered with reasons: the most the handout prints. They are shown in place of
  // the presets when predicting first.
  await page.getByRole('button', { name: 'Predict first' }).click()
  await expect(page.locator('article.exercise').first()).toBeVisible()
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

/**
 * The exported images, made in the browser with the page's styles: shown 1024 px wide, every
 * text is 18 px or more, and on the network no edge crosses a state's name (measured on the
 * rendered file, with the browser's own text boxes).
 */
test('exported charts stay legible at 1024 px wide, and no edge crosses a name', async ({
  watched: page,
}) => {
  await page.goto('/')
  await page.getByRole('region', { name: 'What if…?' }).locator('button.preset').first().click()
  // The three charts, where they are: the timeline and the network (Explore), the agreement (Check).
  const figures = [
    { figure: /^Alliances \d{4}–\d{4}/, open: async () => {}, selector: null },
    {
      figure: /^Alliance network in/,
      open: () => page.getByRole('button', { name: 'Network', exact: true }).click(),
      selector: null,
    },
    { figure: null, open: () => openStep(page, 'Check'), selector: 'figure.agreement-chart' },
  ]
  const results = []
  for (const { figure, open, selector } of figures) {
    await open()
    const chart = figure ? page.getByRole('figure', { name: figure }) : page.locator(selector!)
    const button = chart.getByRole('button', { name: 'Download chart (SVG)' })
    await expect(button).toBeVisible()
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    const text = await readFile((await download.path())!, 'utf8')
    results.push(
      await page.evaluate((svgText) => {
        const host = document.createElement('div')
        host.innerHTML = svgText.replace(/^<\?xml[^>]*>/, '')
        document.body.append(host)
        const root = host.querySelector('svg')!
        const width = Number(root.getAttribute('width'))
        const chart = root.querySelector(':scope > svg')!
        const scale = (e: SVGGraphicsElement) => e.getScreenCTM()!.a / root.getScreenCTM()!.a
        const projected = [...root.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => t.textContent!.trim())
          .map((t) => (parseFloat(getComputedStyle(t).fontSize) * scale(t) * 1024) / width)
        // Network: each state's name against each edge line, in the file's own coordinates.
        const crossings: string[] = []
        const boxes = [...root.querySelectorAll<SVGTextElement>('.node text')]
          .filter((t) => t.textContent!.length > 1)
          .map((t) => ({ name: t.textContent!, box: t.getBBox() }))
        for (const line of root.querySelectorAll<SVGLineElement>('.edge line')) {
          const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) =>
            Number(line.getAttribute(a)),
          ) as [number, number, number, number]
          const half = Number(line.getAttribute('stroke-width') ?? 1) / 2
          if (line.classList.contains('edge-hit')) continue
          for (const { name, box } of boxes) {
            // Sample the segment finely: a point within the box grown by the half stroke crosses.
            for (let i = 0; i <= 200; i++) {
              const x = x1 + ((x2 - x1) * i) / 200
              const y = y1 + ((y2 - y1) * i) / 200
              if (
                x > box.x - half &&
                x < box.x + box.width + half &&
                y > box.y - half &&
                y < box.y + box.height + half
              ) {
                crossings.push(name)
                break
              }
            }
          }
        }
        host.remove()
        return {
          width,
          chartShare: Number(chart.getAttribute('width')) / width,
          smallest: Math.min(...projected),
          names: boxes.length,
          crossings,
        }
      }, text),
    )
  }
  test.info().annotations.push({ type: 'exports', description: JSON.stringify(results) })
  for (const r of results) {
    expect(r.smallest).toBeGreaterThanOrEqual(18)
    expect(r.chartShare).toBeGreaterThanOrEqual(0.9)
    expect(r.crossings).toEqual([])
  }
  expect(results.map((r) => r.names)).toEqual([0, 7, 0])
})
