import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Locator, Page } from '@playwright/test'
import { expect, expectNoViolations, test } from './fixtures'

/*
 * Show QR, as a class meets it: the teacher shows the current view as a QR code on the projector
 * and the students' phones read the link from it.
 */

/** What a phone's camera reads from the code on screen: the element's pixels, decoded. */
async function scan(code: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await code.screenshot())
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

/** Applies a preset and returns the link "Copy link" gives for that view (from More on a phone). */
async function scenarioLink(page: Page, phone = false) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  if (phone) await page.getByRole('button', { name: 'More' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.getByRole('textbox', { name: /this exact view/ }).inputValue()
  expect(link).toMatch(/#v=1&.*r=/)
  return link
}

test('the QR code on screen reads back as the share link, and the dialog passes axe', async ({
  watched: page,
}) => {
  const qrChunks: string[] = []
  page.on('request', (r) => {
    if (/\/assets\/qr-code-/.test(r.url())) qrChunks.push(r.url())
  })
  const link = await scenarioLink(page)
  // The QR library is not part of the first load. Show QR is beside the link Copy link made.
  expect(qrChunks).toEqual([])

  const show = page.getByRole('button', { name: 'Show QR' })
  await show.click()
  const dialog = page.getByRole('dialog', { name: 'Scan to open this view' })
  await expect(dialog).toBeVisible()
  const code = dialog.getByRole('img', { name: /^QR code that opens this view/ })
  await expect(code).toBeVisible()
  expect(qrChunks).toHaveLength(1)
  await expect(dialog.getByText(link, { exact: true })).toBeVisible()
  expect(await scan(code)).toBe(link)

  // Modal: the page behind cannot be reached, and the dialog has no accessibility problem.
  await expectNoViolations(page, 'the Show QR dialog')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(show).toBeFocused()
})

for (const { name, width, height, projector } of [
  { name: 'a 360 px phone', width: 360, height: 740, projector: false },
  { name: 'a projector in projector mode', width: 1366, height: 768, projector: true },
]) {
  test(`on ${name}, the code takes most of the screen and all of it is in view`, async ({
    watched: page,
  }) => {
    await page.setViewportSize({ width, height })
    const link = await scenarioLink(page, !projector)
    if (projector) {
      await page.getByRole('button', { name: 'Projector mode' }).click()
      await expect(page.locator('html')).toHaveAttribute('data-display', 'projector')
    }
    await page.getByRole('button', { name: 'Show QR' }).click()
    const dialog = page.getByRole('dialog', { name: 'Scan to open this view' })
    const code = dialog.getByRole('img', { name: /^QR code/ })
    await expect(code).toBeVisible()
    const box = (await code.boundingBox())!
    // The drawn square is the box's shorter side: at least 85% of the phone's width, or 55% of
    // the projector's height once the heading, the link and the buttons have their room.
    const side = Math.min(box.width, box.height)
    expect(side).toBeGreaterThan(projector ? 0.55 * height : 0.85 * width)
    for (const part of [code, dialog.getByRole('button', { name: 'Close' })]) {
      const b = (await part.boundingBox())!
      expect(b.y + b.height).toBeLessThanOrEqual(height)
      expect(b.x + b.width).toBeLessThanOrEqual(width)
    }
    expect(await scan(code)).toBe(link)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
}

test('after one visit, Show QR works with the network cut: the worker keeps the QR library', async ({
  watched: page,
  context,
}) => {
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  await context.setOffline(true)
  await page.reload()
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await page.getByRole('button', { name: 'Show QR' }).click()
  const code = page.getByRole('dialog').getByRole('img', { name: /^QR code/ })
  await expect(code).toBeVisible()
  expect(await scan(code)).toMatch(/#v=1&.*r=/)
  await context.setOffline(false)
})
