import type { Page } from '@playwright/test'
import { expect, scenarioYears, test } from './fixtures'

/** Whether the focused element shows a focus indicator: an outline, or the row highlight. */
async function focusVisible(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { name: 'body', visible: false }
    const cs = getComputedStyle(el)
    const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2
    const row =
      el.classList.contains('timeline-row') &&
      getComputedStyle(el.querySelector('.row-hit')!).stroke !== 'none'
    return {
      name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName,
      visible: ring || row,
    }
  })
}

/** Presses Tab (or Shift+Tab) until the focused element matches, checking the focus is visible at every stop. */
async function tabTo(
  page: Page,
  matches: (name: string) => boolean,
  { back = false, limit = 80 } = {},
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const f = await focusVisible(page)
    expect(f.visible, `focus visible on "${f.name}"`).toBe(true)
    if (matches(f.name)) return
  }
  throw new Error('never reached the control by Tab')
}

test('the classroom exercise by keyboard alone, with the focus visible at every step', async ({
  watched: page,
}) => {
  await page.goto('/')
  // React renders just after the load event: wait for the page before pressing keys.
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toBeVisible()
  await tabTo(page, (n) => n.includes('Russia stays communist'))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect.poll(() => scenarioYears(page, 'Vietnam–USSR / Russia')).toBe('1954-1994')

  // Read the chart: tab to the Vietnam–Russia row and move through the years with the arrows.
  await tabTo(page, (n) => n.startsWith('Vietnam–USSR / Russia:'))
  await page.keyboard.press('End')
  for (let i = 0; i < 34; i++) await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('heading', { name: 'Vietnam–Russia, 1992' })).toBeVisible()
  await expect(
    page.getByRole('slider', {
      name: 'Vietnam–USSR / Russia: history, baseline and scenario by year',
    }),
  ).toHaveAttribute(
    'aria-valuetext',
    '1992: history no alliance, baseline no alliance, scenario alliance',
  )

  // Undo and redo from the keyboard, then Shift+Tab back to the reset button.
  await page.keyboard.press('Control+z')
  await expect.poll(() => scenarioYears(page, 'Vietnam–USSR / Russia')).toBe('1954-1991')
  await page.keyboard.press('Control+Shift+Z')
  await expect.poll(() => scenarioYears(page, 'Vietnam–USSR / Russia')).toBe('1954-1994')
  await tabTo(page, (n) => n === 'Reset to history', { back: true })
  await page.keyboard.press('Space')
  await expect.poll(() => scenarioYears(page, 'Vietnam–USSR / Russia')).toBe('1954-1991')
})
