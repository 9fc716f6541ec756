import { expect, expectNoViolations, test } from './fixtures'

test.use({ firstVisit: true })

test('a first visit opens the tour; once skipped it never comes back', async ({
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

  await page.reload()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('a link that opens a scenario shows no tour', async ({ watched: page }) => {
  await page.goto('/#v=1&r=RUS:c1992-2026')
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
