import type { Page } from '@playwright/test'
import {
  downloadFrom,
  expect,
  expectNoViolations,
  openDisclosure,
  openStep,
  scenarioYears,
  test,
} from './fixtures'

/**
 * The 45-minute lesson of the teacher guide (docs/teachers.md, and "For teachers" in the app),
 * step by step, as a teacher runs it on a projector, through the page's lesson steps (Explore,
 * then Check) and controls as the guide names them: what the class should see at each step is
 * what the worksheet's answer key says.
 */
/** The baseline band of one pair (the model on history), as years. */
function baselineYears(page: Page, pair: string) {
  return page
    .getByRole('slider', { name: `${pair}: history, baseline and scenario by year` })
    .locator('[data-series="baseline"]')
    .getAttribute('data-years')
}

test.use({ viewport: { width: 1920, height: 1080 } })

test('the 45-minute "Russia stays communist" lesson on a projector', async ({ watched: page }) => {
  await page.addInitScript(() => {
    // The print dialog would block the page: count the calls instead.
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => {
      ;(window as unknown as { printed: number }).printed++
    }
  })
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Lesson steps' })
  const result = page.getByRole('region', { name: 'The result' })
  const metrics = page.getByRole('region', { name: 'How well the model fits' })
  const accuracy = metrics.locator('dl div').filter({ hasText: /^Accuracy/ })
  const vnmRus = 'Vietnam–USSR / Russia'

  // 1. Set up: the page opens on Explore; the teacher guide opens in one click, and prints the
  // worksheet on its own.
  await expect(nav.getByRole('button', { name: 'Explore' })).toHaveAttribute('aria-current', 'step')
  const guide = page.locator('details#for-teachers')
  await page.getByText('For teachers', { exact: true }).click()
  await expect(
    guide.getByRole('heading', { level: 2, name: '45-minute lesson: Russia stays communist' }),
  ).toBeVisible()
  await expectNoViolations(page, 'the teacher guide', { include: '#for-teachers' })
  await guide.getByRole('button', { name: 'Print worksheet' }).focus()
  await page.keyboard.press('Enter')
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { name: /worksheet$/, level: 1 })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'Part C. The rival rules (scenario still on)' }).last(),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer', exact: true }),
  ).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer', exact: true }),
  ).toBeVisible()
  await page.getByText('For teachers', { exact: true }).click()
  await expect(guide).not.toHaveAttribute('open')

  // Projector mode on.
  const projector = page.getByRole('button', { name: 'Projector mode' })
  await projector.click()
  await expect(projector).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('html')).toHaveAttribute('data-display', 'projector')

  // 2. The claim: the theory sentence is on the first screen.
  await expect(page.getByText(/ally only with a state that shares/)).toBeInViewport()

  // 3. Read history: Vietnam–USSR/Russia allied 1954–1991 in the model; accuracy 93.1% in the
  // result, and the same under Check over 858 dyad-years.
  await expect.poll(() => scenarioYears(page, vnmRus)).toBe('1954-1991')
  await expect(result).toContainText(
    'The model on history agrees with history in 93.1% of dyad-years.',
  )
  await openStep(page, 'Check')
  await expect(accuracy).toContainText('93.1%')
  await expect(metrics).toContainText('858 dyad-years')
  await openStep(page, 'Explore')

  // 4. Predict first: the switch swaps the presets for the exercise cards.
  const exercises = page.getByRole('region', { name: 'Exercises: predict, then look' })
  const presets = page.getByRole('region', { name: 'What if…?' })
  await expect(presets).toBeVisible()
  await expect(exercises).toHaveCount(0)
  const predictFirst = page
    .getByRole('group', { name: 'How to use the presets' })
    .getByRole('button', { name: 'Predict first' })
  await predictFirst.click()
  await expect(predictFirst).toHaveAttribute('aria-pressed', 'true')
  await expect(presets).toHaveCount(0)
  const card = exercises.getByRole('article', { name: 'Russia stays communist' })
  const reveal = card.getByRole('button', { name: "2. Reveal the model's answer" })
  await card.scrollIntoViewIfNeeded()
  await expect(reveal).toBeDisabled()
  await card.getByRole('radio', { name: 'Yes, they stay allied' }).check()
  await card.getByRole('textbox', { name: 'Why do you think so?' }).fill('Both still communist')

  // 5. Reveal: the result names Vietnam–Russia 1992–1994 against history's 1991; 43 dyad-years
  // change; accuracy 88.8% against the baseline's 93.1%. The band runs on to 1994.
  await reveal.click()
  await expect(card.getByRole('status')).toContainText(
    'The model predicts an alliance for Vietnam–Russia in 1992–1994, baseline none; history has none in those years.',
  )
  await expect(card.getByRole('status')).toContainText('It matches your prediction.')
  await expect(result).toContainText(
    'Vietnam–Russia: the model now predicts an alliance in 1992–1994; history ends it in 1991.',
  )
  await expect(result).toContainText(
    '43 dyad-years change from the baseline; accuracy 88.8%, baseline 93.1%.',
  )
  await expect.poll(() => scenarioYears(page, vnmRus)).toBe('1954-1994')

  // 6. Explain: the teacher notes say why it stops; China–Russia and North Korea–Russia from 2007.
  await card.getByText('Teacher notes').click()
  await expect(card.getByText(/coded contested for 1992–94/)).toBeVisible()
  for (const pair of ['China–Russia', 'North Korea–Russia']) {
    await expect(
      result.getByRole('button', {
        name: new RegExp(`^${pair}: the model now predicts an alliance in 2007–2026;`),
      }),
    ).toBeVisible()
  }
  for (const pair of ['China–USSR / Russia', 'North Korea–USSR / Russia'])
    await expect.poll(() => scenarioYears(page, pair)).toMatch(/ 2007-2026$/)

  // 7. The rival rules, under "Model settings".
  await openDisclosure(page, 'Model settings')
  const rule = page.getByRole('combobox', { name: 'Rule' })
  await rule.selectOption({ label: 'Security only: a shared threat is enough' })
  await expect(result).toContainText(
    'This scenario changes no prediction: the model agrees with history in 83.7% of dyad-years',
  )
  await expect.poll(() => scenarioYears(page, vnmRus)).toBe('1954-1994')
  // Balance of threat ignores who rules Moscow: the scenario predicts what the baseline does.
  for (const pair of [vnmRus, 'China–USSR / Russia', 'North Korea–USSR / Russia'])
    await expect.poll(() => scenarioYears(page, pair)).toBe(await baselineYears(page, pair))
  await rule.selectOption({ label: 'Ideology only: shared ideology is enough' })
  await expect(result).toContainText('accuracy 71.0%')
  await expect.poll(() => scenarioYears(page, vnmRus)).toMatch(/-2026$/)
  await rule.selectOption({ label: 'Two criteria: shared threat and shared ideology' })
  await expect(result).toContainText('accuracy 88.8%, baseline 93.1%')

  // 8. Keep the work: the link (it keeps the exercise cards), the scenario file with the answers,
  // the chart for slides.
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = page.getByRole('textbox', { name: /opens this exact view/ })
  await expect(link).toHaveValue(/#.*mode=predict/)
  const [scenario] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save scenario' }).click(),
  ])
  expect(scenario.suggestedFilename()).toBe(
    'alliance-explorer_scenario_russia-stays-communist.json',
  )
  const png = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download chart (PNG)' }).first(),
  )
  expect(png.suggestedFilename()).toBe('alliance-explorer_timeline_russia-stays-communist.png')

  // A link made on Check opens on Check, with the scenario's figures.
  await openStep(page, 'Check')
  await expect(accuracy).toContainText('88.8%')
  await expect(accuracy).toContainText('93.1%')
  await expect(metrics.getByRole('status')).toContainText('Vietnam–Russia, 1992')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(link).toHaveValue(/#.*step=check/)
  const student = await page.context().newPage()
  await student.goto(await link.inputValue())
  await expect(
    student
      .getByRole('navigation', { name: 'Lesson steps' })
      .getByRole('button', { name: 'Check' }),
  ).toHaveAttribute('aria-current', 'step')
  await expect(
    student
      .getByRole('region', { name: 'How well the model fits' })
      .locator('dl div')
      .filter({ hasText: /^Accuracy/ }),
  ).toContainText('88.8%')
  await student.close()
})
