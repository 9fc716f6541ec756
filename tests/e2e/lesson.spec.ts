import type { Page } from '@playwright/test'
import { expect, expectNoViolations, scenarioYears, test } from './fixtures'

/**
 * The 45-minute lesson of the teacher guide (docs/teachers.md, and "For teachers" in the app),
 * step by step, as a teacher runs it on a projector: what the class should see at each step is
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
  const metrics = page.getByRole('region', { name: 'How well the model fits' })
  const accuracy = metrics.locator('dl div').filter({ hasText: /^Accuracy/ })
  const vnmRus = 'Vietnam–USSR / Russia'

  // 1. Set up: the teacher guide opens in one click, and prints the worksheet on its own.
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

  // 3. Read history: Vietnam–USSR/Russia allied 1954–1991 in the model; accuracy 93.1%.
  expect(await scenarioYears(page, vnmRus)).toBe('1954-1991')
  await expect(accuracy).toContainText('93.1%')

  // 4. Predict first, in the exercise card.
  const card = page
    .getByRole('region', { name: 'Exercises: predict, then look' })
    .getByRole('article', { name: 'Russia stays communist' })
  const reveal = card.getByRole('button', { name: "2. Reveal the model's answer" })
  await card.scrollIntoViewIfNeeded()
  await expect(reveal).toBeDisabled()
  await card.getByRole('radio', { name: 'Yes, they stay allied' }).check()
  await card.getByRole('textbox', { name: 'Why do you think so?' }).fill('Both still communist')

  // 5. Reveal: the line carries on past 1991, to 1994; 43 dyad-years change; accuracy 88.8%.
  await reveal.click()
  await expect(card.getByRole('status')).toContainText(
    'The model predicts an alliance for Vietnam–Russia in 1992–1994, baseline none; history has none in those years.',
  )
  await expect(card.getByRole('status')).toContainText('It matches your prediction.')
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  expect(await scenarioYears(page, vnmRus)).toBe('1954-1994')
  await expect(metrics.getByRole('status')).toContainText('43 dyad-years')
  await expect(metrics.getByRole('status')).toContainText('Vietnam–Russia, 1992')
  await expect(accuracy).toContainText('88.8%')
  await expect(accuracy).toContainText('93.1%')

  // 6. Explain: the teacher notes say why it stops; China–Russia and North Korea–Russia from 2007.
  await card.getByText('Teacher notes').click()
  await expect(card.getByText(/coded contested for 1992–94/)).toBeVisible()
  for (const pair of ['China–USSR / Russia', 'North Korea–USSR / Russia'])
    expect(await scenarioYears(page, pair)).toMatch(/ 2007-2026$/)

  // 7. The rival rules.
  const rule = page.getByRole('combobox', { name: 'Rule' })
  await rule.selectOption({ label: 'Security only: a shared threat is enough' })
  await expect(accuracy).toContainText('83.7%')
  expect(await scenarioYears(page, vnmRus)).toBe('1954-1994')
  // Balance of threat ignores who rules Moscow: the scenario predicts what the baseline does.
  for (const pair of [vnmRus, 'China–USSR / Russia', 'North Korea–USSR / Russia'])
    expect(await scenarioYears(page, pair)).toBe(await baselineYears(page, pair))
  await rule.selectOption({ label: 'Ideology only: shared ideology is enough' })
  await expect(accuracy).toContainText('71.0%')
  expect(await scenarioYears(page, vnmRus)).toMatch(/-2026$/)
  await rule.selectOption({ label: 'Two criteria: shared threat and shared ideology' })
  await expect(accuracy).toContainText('88.8%')

  // 8. Keep the work: the link, the scenario file with the answers, the chart for slides.
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('textbox', { name: /opens this exact view/ })).toHaveValue(/#./)
  const [scenario] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save scenario' }).click(),
  ])
  expect(scenario.suggestedFilename()).toBe(
    'alliance-explorer_scenario_russia-stays-communist.json',
  )
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download chart (PNG)' }).first().click(),
  ])
  expect(png.suggestedFilename()).toBe('alliance-explorer_timeline_russia-stays-communist.png')
})
