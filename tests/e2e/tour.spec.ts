import { expect, expectNoViolations, test } from './fixtures'

test.use({ firstVisit: true })

test('a first visit opens the tour and the chart guide; once dismissed neither comes back', async ({
  watched: page,
}) => {
  await page.goto('/')
  const tour = page.getByRole('dialog')
  await expect(tour).toBeVisible()
  await expect(tour).toContainText(/Tour, step 1 of \d/)
  // The focus is in the tour, so a keyboard user meets it first.
  await expect(tour.getByRole('heading', { level: 2 })).toBeFocused()
  await expectNoViolations(page, 'the first-run tour', { include: '[role="dialog"]' })

  // The part of the page the step is about is outlined.
  await expect(page.locator('[data-tour-target]')).toHaveCount(1)
  await tour.getByRole('button', { name: 'Skip tour' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.locator('[data-tour-target]')).toHaveCount(0)

  // "How to read this chart" is open on a first visit too, one row annotated in place.
  const guide = page.getByRole('region', { name: 'How to read this chart' })
  await expect(guide).toBeVisible()
  await expect(page.locator('.chart-wrapper [data-marker]')).toHaveCount(2)
  await expectNoViolations(page, 'the chart guide', { include: 'figure.timeline' })
  await guide.getByRole('button', { name: 'Close the guide' }).click()
  await expect(guide).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'How to read this chart' })).toBeFocused()

  await page.reload()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'How to read this chart' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'How to read this chart' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
})

test('a link that opens a scenario shows no tour', async ({ watched: page }) => {
  await page.goto('/#v=1&r=RUS:c1992-2026')
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
