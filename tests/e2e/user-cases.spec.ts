import { expect, expectNoViolations, openStep, test } from './fixtures'

/*
 * A case of one's own: the downloadable template opens in "Your own cases", the pair it adds is
 * marked "(your case)" in the table and on the timeline, a bad file changes nothing and lists its
 * problems, the panel has no axe violations, and the case is still there after a reload.
 */
test('a case opened from the template is marked as the user’s in the table and the timeline', async ({
  watched: page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('figure', { name: /history against the model/ })).toBeVisible()
  await openStep(page, 'Check')
  const panel = page.getByRole('region', { name: 'Your own cases' })
  await expect(panel).toBeVisible()

  // The template is served next to the app, as the panel's link says.
  const href = await panel.getByRole('link', { name: 'template as CSV' }).getAttribute('href')
  const response = await page.request.get(new URL(href!, page.url()).href)
  expect(response.ok()).toBe(true)
  const template = await response.text()
  expect(template).toMatch(/^record,id,field,/)

  await panel.getByLabel('Case file to open').setInputFiles({
    name: 'case-template.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(template),
  })
  const list = panel.getByRole('list', { name: 'Your cases' })
  await expect(list.getByText('USSR / Russia–Ethiopia (your case): a pair (RUS-ETH)')).toBeVisible()
  await expect(list.getByText(/Ethiopia \(your case\): a state \(ETH\)/)).toBeVisible()
  await expectNoViolations(page, 'Your own cases, with a case added', {
    include: 'section.user-cases',
  })

  // A bad file: every problem is listed, and nothing changes.
  await panel
    .getByLabel('Or paste a case file (CSV or JSON)')
    .fill(template.replaceAll('RUS-ETH', 'CHN-RUS'))
  await panel.getByRole('button', { name: 'Add the pasted cases' }).click()
  await expect(panel.getByRole('alert')).toContainText('the built-in history never changes')
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expectNoViolations(page, 'Your own cases, with problems listed', {
    include: 'section.user-cases',
  })

  // The dyad-year table names the pair with its mark.
  const table = page.getByRole('region', { name: 'Every dyad-year' })
  await table
    .getByRole('combobox', { name: 'Pair' })
    .selectOption({ label: 'USSR / Russia–Ethiopia (your case)' })
  await expect(table.getByRole('table').getByRole('row').nth(1)).toContainText(
    'Ethiopia (your case)',
  )

  // So does the timeline row, after a reload: the autosave keeps the case.
  await page.waitForFunction(() =>
    (localStorage.getItem('alliance-explorer:session') ?? '').includes('"RUS-ETH"'),
  )
  await page.reload()
  await openStep(page, 'Explore')
  await expect(
    page.getByRole('slider', {
      name: 'USSR / Russia–Ethiopia (your case): history, baseline and scenario by year',
    }),
  ).toBeVisible()
})
