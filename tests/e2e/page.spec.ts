import { expect, openStep, scenarioYears, test } from './fixtures'

/*
 * The whole page as a student meets it: what the first screen says, a preset and its reset, and
 * steps that keep what they showed. (The classroom and keyboard journeys go on from here.)
 */

test('opens on Explore with the theory, the presets, the result and the timeline; a preset moves them and Reset puts them back', async ({
  watched: page,
}) => {
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer' }),
  ).toBeVisible()
  await expect(page.getByText(/ally only with a state that shares/)).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Lesson steps' }).getByRole('button', { name: /Explore/ }),
  ).toHaveAttribute('aria-current', 'step')
  await expect(page.getByText('Showing history as coded.')).toBeVisible()
  const result = page.getByRole('region', { name: 'The result' })
  await expect(result).toContainText(
    'The model on history agrees with history in 93.1% of dyad-years.',
  )
  // Debate and Check are one click away, not on the first screen.
  await expect(page.getByRole('region', { name: 'How well the model fits' })).toHaveCount(0)

  const preset = page.getByRole('button', { name: 'Russia stays communist' })
  await preset.click()
  await expect(result).toContainText('43 dyad-years change from the baseline;')
  await expect(result).toContainText('accuracy 88.8%, baseline 93.1%')
  await expect.poll(() => scenarioYears(page, 'Vietnam–USSR / Russia')).toBe('1954-1994')

  await page.getByRole('button', { name: 'Reset to history' }).click()
  await expect(preset).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(() => scenarioYears(page, 'Vietnam–USSR / Russia')).toBe('1954-1991')
  await expect(result).toContainText('agrees with history in 93.1%')
})

test('keeps a step once opened, hidden, and shows it again as it was, up to date', async ({
  watched: page,
}) => {
  await page.goto('/')
  await openStep(page, 'Check')
  const metrics = page.getByRole('region', { name: 'How well the model fits' })
  const before = await metrics.elementHandle()
  await openStep(page, 'Explore')
  // Hidden: out of sight and out of the accessibility tree, but still in the page.
  await expect(metrics).toHaveCount(0)
  expect(await before!.evaluate((el) => el.isConnected)).toBe(true)
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await openStep(page, 'Check')
  await expect(metrics.getByRole('status')).toContainText(
    '43 dyad-years are now predicted differently from the baseline',
  )
  expect(await metrics.evaluate((el, old) => el === old, before)).toBe(true)
})

test('on a slow connection, a step not yet loaded is marked at once and says it is loading until it comes', async ({
  watched: page,
}) => {
  // Check's code is held back until the test lets it through.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/check-step-[^/]*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Lesson steps' })
  await nav.getByRole('button', { name: /Check/ }).click()
  await expect(nav.getByRole('button', { name: /Check/ })).toHaveAttribute('aria-current', 'step')
  const main = page.getByRole('main')
  await expect(main).toHaveAccessibleName('Check step')
  await expect(main.getByText('Loading…')).toBeVisible()
  release()
  await expect(page.getByRole('region', { name: 'How well the model fits' })).toBeVisible()
  await expect(main.getByText('Loading…')).toHaveCount(0)
})
