import { readFile } from 'node:fs/promises'
import { downloadFrom, expect, openDisclosure, openStep, test } from './fixtures'

test('the network, scrubbed through 1975–1994 under "Russia stays communist", keeps the Vietnam–USSR / Russia edge', async ({
  watched: page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  // The network is the other way to see the timeline.
  await page.getByRole('group', { name: 'Chart' }).getByRole('button', { name: 'Network' }).click()
  const slider = page.getByRole('slider', { name: 'Network year' })
  await slider.fill('1975')
  await slider.focus()
  for (let year = 1975; year <= 1994; year++) {
    await expect(page.getByRole('heading', { name: `Alliance network in ${year}` })).toBeVisible()
    await expect(
      page.getByRole('button', {
        // Named as in that year: North Vietnam until 1975, the Soviet Union until 1991.
        name: new RegExp(
          `^${year <= 1975 ? 'North Vietnam' : 'Vietnam'}–${year <= 1991 ? 'Soviet Union' : 'Russia'} in ${year}: .*scenario alliance`,
        ),
      }),
    ).toBeVisible()
    if (year < 1994) await page.keyboard.press('ArrowRight')
  }
  // The network exports like the other charts.
  const network = page.getByRole('figure', { name: 'Alliance network in 1994' })
  const png = await downloadFrom(
    page,
    network.getByRole('button', { name: 'Download chart (PNG)' }),
  )
  expect(png.suggestedFilename()).toBe('alliance-explorer_network_russia-stays-communist.png')
  const bytes = await readFile((await png.path())!)
  expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1600)
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    network.getByRole('button', { name: 'Download chart (SVG)' }).click(),
  ])
  const text = await readFile((await svg.path())!, 'utf8')
  expect(text).toContain('Alliance network in 1994')
  expect(text).toContain('Counterfactual: Russian Federation communist 1992–2026')
  // A pair of the network opens on the timeline, at that year, and filters the table under Check.
  await page.getByRole('button', { name: /^Vietnam–Russia in 1994/ }).click()
  const row = page.getByRole('slider', {
    name: 'Vietnam–USSR / Russia: history, baseline and scenario by year',
  })
  await expect(row).toBeFocused()
  await expect(row).toHaveAttribute('aria-valuenow', '1994')
  await openStep(page, 'Check')
  await expect(
    page
      .getByRole('table', { name: /every dyad-year/i })
      .getByRole('row')
      .nth(1),
  ).toContainText('North Vietnam–Soviet Union') // the pair's first row, 1949
})

test('an exercise from prediction to explanation, found in the printed handout', async ({
  watched: page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Predict first' }).click()
  const card = page.getByRole('article', { name: 'North Korea abandons communism' })
  await card.getByRole('radio', { name: 'Yes, they stay allied' }).check()
  await card.getByRole('button', { name: /Reveal the model's answer/ }).click()
  await expect(card.getByRole('status')).toContainText(
    'The model predicts no alliance for China–North Korea in 1994–2026, baseline 1994–2026;',
  )
  await expect(card.getByRole('status')).toContainText('It differs from your prediction.')
  await card
    .getByRole('textbox', { name: '4. Explain what you see' })
    .fill('without shared ideology the rule says no')
  await page.emulateMedia({ media: 'print' })
  const handout = page.getByRole('region', { name: 'Printable handout' })
  await expect(handout).toBeVisible()
  await expect(handout).toContainText('Predicted: yes.')
  await expect(handout).toContainText('Explanation: without shared ideology the rule says no')
  // One sheet of A4 and of Letter.
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${format} pages`).toHaveLength(1)
  }
  await page.emulateMedia({ media: 'screen' })
})

test('the debate lens flips the reading and the verdict', async ({ watched: page }) => {
  await page.goto('/#v=1&step=debate')
  const lens = page.getByRole('region', { name: 'The Vu–Lan debate' })
  const verdict = lens.getByRole('row', { name: /Similar policies\?/ })
  await expect(verdict).toContainText('The claim holds')
  await lens.getByRole('button', { name: "Lan's reading" }).click()
  // Lan's own criterion: the 1978 treaty's Article 6 counts; the Laos and Kampuchea treaties do not.
  await expect(lens.getByRole('row', { name: /^Vietnam/ })).toContainText(
    '1 allyUSSR / Russia (1978–1994) Article 6',
  )
  await expect(verdict).toContainText('The claim is weaker for 1949–2026')
  // The whole app changed its definition, and the notice area says how to go back.
  const notice = page.getByRole('status').filter({ hasText: 'alliance definition changed' })
  await expect(notice).toBeVisible()
  await openStep(page, 'Explore')
  await openDisclosure(page, 'Model settings')
  await expect(page.getByRole('combobox', { name: /Alliance definition/ })).toHaveValue(
    'treaty_defense',
  )
  await notice.getByRole('button', { name: "Back to Vu's coding" }).click()
  await expect(page.getByRole('combobox', { name: /Alliance definition/ })).toHaveValue('essay')
  await openStep(page, 'Debate')
  await expect(verdict).toContainText('The claim holds')
})
