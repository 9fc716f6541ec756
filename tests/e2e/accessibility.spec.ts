import { expect, expectNoViolations, openDisclosure, openStep, test } from './fixtures'

test('no WCAG 2.1 A or AA violations in any state the journeys reach, on every step', async ({
  watched: page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
  await expectNoViolations(page, 'the first screen')

  // Explore, with everything open.
  await page.getByText('About the theory and data').click()
  await expect(page.getByRole('heading', { name: 'How the model works' })).toBeVisible()
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await page
    .getByRole('slider', {
      name: 'Vietnam–USSR / Russia: history, baseline and scenario by year',
    })
    .focus()
  await page.getByText('The timeline as text').click()
  await page.locator('summary', { hasText: 'Pairs shown' }).click()
  await openDisclosure(page, 'Model settings')
  await openDisclosure(page, 'Your changes')
  await page.getByRole('combobox', { name: 'Rule' }).selectOption('two-criteria-lag')
  await page
    .getByRole('slider', { name: 'USSR / Russia, by year' })
    .locator('[data-year="1995"]')
    .hover()
  await page.getByRole('button', { name: 'Projector mode' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expectNoViolations(page, 'Explore: a scenario with every panel open, in projector mode')

  await page.getByRole('button', { name: 'Predict first' }).click()
  const card = page.getByRole('article', { name: 'Russia stays communist' })
  await card.getByRole('radio', { name: 'Not sure' }).check()
  await card.getByRole('button', { name: /Reveal the model's answer/ }).click()
  await card.getByText('Teacher notes').click()
  await page.getByRole('button', { name: 'Network' }).click()
  await expect(page.getByRole('slider', { name: 'Network year' })).toBeVisible()
  await page.getByRole('button', { name: /^Vietnam–Russia in 1992/ }).focus()
  await expectNoViolations(page, 'Explore: an exercise revealed, and the network')

  await openStep(page, 'Debate')
  await page
    .getByRole('region', { name: 'The Vu–Lan debate' })
    .getByText(/Where the two readings differ/)
    .click()
  await expectNoViolations(page, 'Debate, with the differences open')

  await openStep(page, 'Check')
  await page.locator('summary', { hasText: 'Columns' }).click()
  await page.getByRole('button', { name: /misses$/ }).click()
  await expect(page.getByRole('figure', { name: 'Agreement with history per year' })).toBeVisible()
  await expectNoViolations(page, 'Check, with the table filtered')

  // A bad link opened in a fresh page (a reload after pasting it could read the link the page
  // has written since, and show no message).
  await page.goto('about:blank')
  await page.goto('/#v=1&r=ATL:c1990')
  await expect(page.getByRole('alert').filter({ hasText: 'unknown state "ATL"' })).toBeVisible()
  await expectNoViolations(page, 'a message about a bad link')
})

test('every timeline row label fits its column at 1366 px, in projector mode too', async ({
  watched: page,
}) => {
  await page.goto('/')
  const labels = page.locator('.timeline-svg .row-label')
  await expect(labels).toHaveCount(11)
  // A label drawn right-aligned at the column's edge is cut off if it starts left of the chart.
  const leftmost = () =>
    labels.evaluateAll((nodes) => Math.min(...nodes.map((n) => (n as SVGTextElement).getBBox().x)))
  expect(await leftmost()).toBeGreaterThanOrEqual(0)
  await page.getByRole('button', { name: 'Projector mode' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-display', 'projector')
  expect(await leftmost()).toBeGreaterThanOrEqual(0)
})
