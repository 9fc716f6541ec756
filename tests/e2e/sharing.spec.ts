import { expect, openDisclosure, openStep, test } from './fixtures'

test('a copied link opens the same view in a fresh browser', async ({
  watched: page,
  browser,
  baseURL,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await openDisclosure(page, 'Model settings')
  await page.getByRole('combobox', { name: /Alliance definition/ }).selectOption('treaty_any')
  await page.getByRole('spinbutton', { name: 'From', exact: true }).fill('1970')
  // The link keeps the lesson step: the class opens it on Check.
  await openStep(page, 'Check')
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.getByRole('textbox', { name: /this exact view/ }).inputValue()
  expect(link).toMatch(/#v=1&/)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!))
  await expect(
    other.getByRole('navigation', { name: 'Lesson steps' }).getByRole('button', { name: /Check/ }),
  ).toHaveAttribute('aria-current', 'step')
  await expect(other.getByRole('region', { name: 'How well the model fits' })).toBeVisible()
  await openStep(other, 'Explore')
  await expect(other.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await openDisclosure(other, 'Model settings')
  await expect(other.getByRole('combobox', { name: /Alliance definition/ })).toHaveValue(
    'treaty_any',
  )
  await expect(other.getByRole('heading', { name: /Alliances 1970–2026/ })).toBeVisible()
  await expect(other.getByRole('alert')).toHaveCount(0)
  await fresh.close()
})

test('a reload keeps the work, and undo and redo step through it', async ({ watched: page }) => {
  await page.goto('/')
  const russia = page.getByRole('button', { name: 'Russia stays communist' })
  const split = page.getByRole('button', { name: 'No Sino-Soviet split' })
  await russia.click()
  await split.click()
  await openDisclosure(page, 'Your changes')
  await page.getByRole('textbox', { name: 'Why? (step 2)' }).fill('ideology, not threat')
  // The autosave runs a moment after the last change.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('alliance-explorer:session') ?? ''))
    .toContain('ideology, not threat')
  await page.reload()
  await expect(russia).toHaveAttribute('aria-pressed', 'true')
  await expect(split).toHaveAttribute('aria-pressed', 'true')
  await openDisclosure(page, 'Your changes')
  await expect(page.getByRole('textbox', { name: 'Why? (step 2)' })).toHaveValue(
    'ideology, not threat',
  )

  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(split).toHaveAttribute('aria-pressed', 'false')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(russia).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Control+Shift+Z')
  await expect(russia).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(split).toHaveAttribute('aria-pressed', 'true')
})
