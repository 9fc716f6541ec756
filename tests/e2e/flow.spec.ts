import { expect, openDisclosure, openStep, savedWith, test } from './fixtures'

/**
 * The classroom flow: a student who comes back finds their work and a clean way to start over, a
 * phone keeps Undo and Redo at hand with the rest in a menu, and the table's filters and column
 * headers stay in view while its rows scroll.
 */

test('a reload brings the work back, says so, and Start from history is one Undo away', async ({
  watched: page,
}) => {
  await page.goto('/')
  const russia = page.getByRole('button', { name: 'Russia stays communist' })
  const split = page.getByRole('button', { name: 'No Sino-Soviet split' })
  // A fresh start has nothing to say.
  await expect(russia).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'saved work is back' })).toHaveCount(0)
  await russia.click()
  await split.click()
  await savedWith(page, 'No Sino-Soviet split')

  await page.reload()
  const notice = page.getByRole('status').filter({ hasText: 'Your saved work is back' })
  await expect(notice).toHaveText(/Your saved work is back: 3 changes to history\./)
  await expect(russia).toHaveAttribute('aria-pressed', 'true')
  await notice.getByRole('button', { name: 'Start from history' }).click()
  await expect(notice).toHaveCount(0)
  await expect(russia).toHaveAttribute('aria-pressed', 'false')
  await expect(split).toHaveAttribute('aria-pressed', 'false')
  await openDisclosure(page, 'Your changes')
  await expect(
    page.getByRole('region', { name: 'Your changes' }).getByRole('listitem').last(),
  ).toContainText('Started from history')

  // One Undo brings all of it back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(russia).toHaveAttribute('aria-pressed', 'true')
  await expect(split).toHaveAttribute('aria-pressed', 'true')

  // Dismissing the notice after another reload leaves the work as it is.
  await savedWith(page, 'Started from history')
  await page.reload()
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  await expect(split).toHaveAttribute('aria-pressed', 'true')
})

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the toolbar shows Undo, Redo and a More menu whose items work', async ({
    watched: page,
  }) => {
    await page.goto('/')
    const toolbar = page.getByRole('region', { name: 'Undo, share and save' })
    const undo = toolbar.getByRole('button', { name: 'Undo' })
    const redo = toolbar.getByRole('button', { name: 'Redo' })
    const more = toolbar.getByRole('button', { name: 'More' })
    await expect(undo).toBeInViewport()
    await expect(redo).toBeInViewport()
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    const copy = toolbar.getByRole('button', { name: 'Copy link' })
    await expect(copy).toBeHidden()
    await expect(toolbar.getByRole('button', { name: 'Print handout' })).toBeHidden()
    // Folded, the toolbar is one short row.
    const height = (await toolbar.boundingBox())!.height
    expect(height).toBeLessThan(120)

    await page.getByRole('button', { name: 'Russia stays communist' }).click()
    await expect(undo).toBeEnabled()

    // By keyboard: Enter opens, Tab reaches the first item, Escape closes back to More.
    await more.focus()
    await page.keyboard.press('Enter')
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    await expect(copy).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(copy).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await expect(more).toBeFocused()
    await expect(copy).toBeHidden()

    // By finger: an item runs and the menu closes.
    await more.tap()
    await copy.tap()
    await expect(page.getByRole('textbox', { name: /this exact view/ })).toHaveValue(/#v=1&.*RUS/)
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await more.tap()
    await toolbar.getByRole('button', { name: 'Projector mode' }).tap()
    await expect(page.locator('html')).toHaveAttribute('data-display', 'projector')

    // Undo is still one tap away.
    await undo.tap()
    await expect(page.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })
})

test("the table's filters and column headers stay in view while its rows scroll", async ({
  watched: page,
}) => {
  await page.goto('/')
  await openStep(page, 'Check')
  const box = page.getByRole('region', { name: 'Table rows' })
  await box.scrollIntoViewIfNeeded()
  const header = box.getByRole('columnheader', { name: /^Pair/ })
  const search = page.getByRole('searchbox', { name: 'Search' })
  const firstRow = box.getByRole('row').nth(1)
  await expect(firstRow).toBeInViewport()

  await box.hover()
  await page.mouse.wheel(0, 900)
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(300)
  // The rows moved; the header did not, and the filters are still there above the box.
  await expect(firstRow).not.toBeInViewport()
  const boxTop = (await box.boundingBox())!.y
  const headerTop = (await header.boundingBox())!.y
  expect(Math.abs(headerTop - boxTop)).toBeLessThan(4)
  await expect(header).toBeInViewport()
  await expect(search).toBeInViewport()

  // The filters still work on what is scrolled.
  await search.fill('Vietnam 1992')
  await expect(box.getByRole('row').nth(1)).toContainText('1992')
  await expect(box.getByRole('row').nth(1)).toContainText('Vietnam')
  await expect(page.locator('.table-count')).toContainText(/of \d+ dyad-years/)
})
