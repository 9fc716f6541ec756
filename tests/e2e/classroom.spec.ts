import { readFile } from 'node:fs/promises'
import { parseCsv } from '../../src/lib/csv'
import { downloadFrom, expect, openStep, scenarioYears, test } from './fixtures'

test('the classroom exercise: Russia stays communist, then export the chart and data', async ({
  watched: page,
}) => {
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer' }),
  ).toBeVisible()
  await expect.poll(() => scenarioYears(page, 'Vietnam–USSR / Russia')).toBe('1954-1991')

  await page.getByRole('button', { name: 'Russia stays communist' }).click()

  // The result, the chart, the metrics and the table all show Vietnam–Russia diverging from
  // history after 1991 (to 1994).
  await expect(page.getByRole('region', { name: 'The result' })).toContainText(
    'Vietnam–Russia: the model now predicts an alliance in 1992–1994; history ends it in 1991.',
  )
  await expect.poll(() => scenarioYears(page, 'Vietnam–USSR / Russia')).toBe('1954-1994')
  await expect(page.getByRole('figure', { name: /history against the model/ })).toContainText(
    'Scenario: Russia stays communist',
  )
  await openStep(page, 'Check')
  await expect(
    page.getByRole('region', { name: 'How well the model fits' }).getByRole('status'),
  ).toHaveText(
    '43 dyad-years are now predicted differently from the baseline; first divergence: Vietnam–Russia, 1992.',
  )
  const table = page.getByRole('region', { name: 'Every dyad-year' })
  await table.getByRole('combobox', { name: 'Pair' }).selectOption('VNM-RUS')
  await table.getByRole('searchbox', { name: 'Search' }).fill('1993')
  const row = page
    .getByRole('table', { name: /every dyad-year/i })
    .getByRole('row')
    .nth(1)
  await expect(row).toContainText('False alarm')
  await expect(row).toContainText('changed')
  await openStep(page, 'Explore')

  // PNG: a real PNG at least 1600 pixels wide.
  const png = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download chart (PNG)' }).first(),
  )
  expect(png.suggestedFilename()).toBe('alliance-explorer_timeline_russia-stays-communist.png')
  // A screen reader hears where the file went.
  await expect(
    page.getByRole('status').filter({ hasText: /^Downloaded alliance-explorer_timeline/ }),
  ).toHaveText('Downloaded alliance-explorer_timeline_russia-stays-communist.png.')
  const pngBytes = await readFile((await png.path())!)
  expect([...pngBytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1600)

  // SVG: parses, and carries the caption.
  const svg = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download chart (SVG)' }).first(),
  )
  const svgText = await readFile((await svg.path())!, 'utf8')
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      text: doc.documentElement.textContent,
    }
  }, svgText)
  expect(parsed.error).toBeNull()
  expect(parsed.root).toBe('svg')
  expect(parsed.text).toContain('Counterfactual: Russian Federation communist 1992–2026')

  // CSV: the Vietnam–Russia rows, in the data:csv format.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download data (CSV)' }).click(),
  ])
  const [header, ...rows] = parseCsv(await readFile((await csv.path())!, 'utf8'))
  const col = (name: string) => header!.indexOf(name)
  const vnmRus = rows.filter((r) => r[col('dyad')] === 'VNM-RUS')
  expect(vnmRus).toHaveLength(78)
  for (const year of ['1992', '1993', '1994']) {
    const r = vnmRus.find((x) => x[col('year')] === year)!
    expect([
      r[col('ideology_b')],
      r[col('predicted')],
      r[col('outcome')],
      r[col('scenario_changed')],
    ]).toEqual(['communist', '1', 'false_alarm', '1'])
  }
})
