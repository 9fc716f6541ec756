import { expect, savedWith, test } from './fixtures'

test('a bad link gives a clear message and loses nothing', async ({ watched: page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'No Sino-Soviet split' }).click()
  await savedWith(page, '"CHN-RUS"')
  await page.goto('/#v=1&colour=red')
  await page.reload()
  await expect(page.getByRole('alert')).toContainText(
    'This link could not be read (the part "colour" is not one this version knows',
  )
  await expect(page.getByRole('alert')).toContainText('Your saved work is shown instead.')
  await expect(page.getByRole('button', { name: 'No Sino-Soviet split' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  // A link pasted into the open tab opens at once, as on load, with the way back offered.
  await page.goto('/#v=1&r=ATL:c1990;PRK:n1994-2026')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Parts of this link could not be read' }),
  ).toContainText('unknown state "ATL"')
  await expect(
    page.getByRole('button', { name: 'North Korea abandons communism' }),
  ).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('status').filter({ hasText: 'shared link' })).toContainText(
    'Your own work from before is kept',
  )
  // After a reload the earlier work is still offered back, from the copy set aside for it.
  await savedWith(page, '"PRK"')
  await page.reload()
  await expect(
    page.getByRole('status').filter({ hasText: 'still keeps the work you had before' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Open it' }).click()
  await expect(page.getByRole('button', { name: 'No Sino-Soviet split' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('a broken scenario file is refused whole, naming the problem, and the work stays', async ({
  watched: page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  const broken = JSON.stringify({
    format: 'alliance-counterfactual-explorer/scenario',
    version: 1,
    settings: {
      rule: 'two-criteria',
      lag: 3,
      ideology: 'strict',
      contestedThreat: 'shared',
      history: 'essay',
    },
    changes: [{ layer: 'regime', id: 'RUS', from: 1800, to: 1990, value: 'communist' }],
  })
  await page.getByLabel('Scenario file to open').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  })
  await expect(page.getByRole('alert')).toContainText(
    '"broken.json" was not opened: changes[0] (RUS, regime): years 1800–1990 are outside 1949–2026. Your current work is unchanged.',
  )
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page
    .getByLabel('Scenario file to open')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my notes') })
  await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toContainText(
    'is not JSON',
  )
})
