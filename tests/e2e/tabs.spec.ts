import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const russia = (p: Page) => p.getByRole('button', { name: 'Russia stays communist' })
const split = (p: Page) => p.getByRole('button', { name: 'No Sino-Soviet split' })
const asked = (p: Page) => p.getByRole('status').filter({ hasText: /changed in another tab/ })

/** Two tabs of the explorer in one browser: B has its own work when A saves other work. */
async function twoTabs(page: Page) {
  const errors: string[] = []
  const a = page
  const b = await page.context().newPage()
  b.on('pageerror', (e) => errors.push(e.message))
  b.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await a.goto('/')
  await b.goto('/')
  await split(b).click()
  await expect.poll(() => b.evaluate(() => location.hash)).toMatch(/f=/)
  await russia(a).click()
  // A's save reaches B, whose work it does not hold: B asks instead of saving over it.
  await expect(asked(b)).toBeVisible()
  await expect(b.getByRole('button', { name: "Keep this tab's work" })).toBeVisible()
  return { a, b, errors }
}

test("a tab asks before another tab's save replaces its work, and loading it is undoable", async ({
  watched: page,
}) => {
  const { b, errors } = await twoTabs(page)
  await expect(split(b)).toHaveAttribute('aria-pressed', 'true')
  await b.getByRole('button', { name: "Load the other tab's work" }).click()
  await expect(russia(b)).toHaveAttribute('aria-pressed', 'true')
  await expect(split(b)).toHaveAttribute('aria-pressed', 'false')
  await expect(b.getByRole('button', { name: "Keep this tab's work" })).toHaveCount(0)
  await b.getByRole('button', { name: 'Undo' }).click()
  await expect(split(b)).toHaveAttribute('aria-pressed', 'true')
  await expect(russia(b)).toHaveAttribute('aria-pressed', 'false')
  expect(errors).toEqual([])
})

test("keeping this tab's work saves it, and then the other tab is the one asked", async ({
  watched: page,
}) => {
  const { a, b, errors } = await twoTabs(page)
  // While B has not chosen, B's further changes do not overwrite A's save.
  await russia(b).click()
  await expect(russia(b)).toHaveAttribute('aria-pressed', 'true')
  await russia(b).click()
  const peek = await page.context().newPage()
  await peek.goto('/')
  await expect(russia(peek)).toHaveAttribute('aria-pressed', 'true')
  await expect(split(peek)).toHaveAttribute('aria-pressed', 'false')
  await peek.close()
  await b.getByRole('button', { name: "Keep this tab's work" }).click()
  await expect(asked(a)).toBeVisible()
  await expect(russia(a)).toHaveAttribute('aria-pressed', 'true')
  await a.getByRole('button', { name: "Load the other tab's work" }).click()
  await expect(split(a)).toHaveAttribute('aria-pressed', 'true')
  await expect(russia(a)).toHaveAttribute('aria-pressed', 'false')
  // A freshly opened tab now reopens B's kept work.
  const c = await page.context().newPage()
  await c.goto('/')
  await expect(split(c)).toHaveAttribute('aria-pressed', 'true')
  await expect(russia(c)).toHaveAttribute('aria-pressed', 'false')
  expect(errors).toEqual([])
})

test('a share link pasted into an open tab opens, with the previous work one Undo away', async ({
  watched: page,
}) => {
  await page.goto('/')
  await split(page).click()
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/f=/)
  const link = await page.evaluate(() => location.hash)
  await page.getByRole('button', { name: 'Undo' }).click()
  await russia(page).click()
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/r=RUS/)

  await page.evaluate((hash) => {
    location.hash = hash
  }, link)
  await expect(split(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(russia(page)).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByRole('button', { name: 'Restore my previous work' })).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(russia(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(split(page)).toHaveAttribute('aria-pressed', 'false')
})
