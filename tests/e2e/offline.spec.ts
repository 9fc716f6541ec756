import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { dismissGuides, expect, openStep, test } from './fixtures'

test('after one visit the explorer opens and works with the network cut', async ({
  watched: page,
  context,
}) => {
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('alliance-explorer:session') ?? ''))
    .toContain('RUS')
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  // Every step and the network load offline too: the worker keeps the parts loaded on demand.
  await page.getByRole('button', { name: 'Network' }).click()
  await expect(page.getByRole('slider', { name: 'Network year' })).toBeVisible()
  await openStep(page, 'Debate')
  await expect(page.getByRole('region', { name: 'The Vu–Lan debate' })).toBeVisible()
  await openStep(page, 'Check')
  await expect(page.getByRole('figure', { name: 'Agreement with history per year' })).toBeVisible()
  await openStep(page, 'Explore')
  await page.getByRole('button', { name: 'No Sino-Soviet split' }).click()
  await expect(page.getByRole('button', { name: 'No Sino-Soviet split' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await context.setOffline(false)
})

test('the single-file version opens from disk and works, asking nothing of any server', async ({
  browser,
}) => {
  const context = await browser.newContext()
  await dismissGuides(context)
  const page = await context.newPage()
  const problems: string[] = []
  page.on('request', (r) => {
    if (
      !r.url().startsWith('file:') &&
      !r.url().startsWith('data:') &&
      !r.url().startsWith('blob:')
    )
      problems.push(`request: ${r.url()}`)
  })
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  await page.goto(pathToFileURL(resolve('dist/alliance-explorer.html')).href)
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await openStep(page, 'Check')
  await expect(
    page.getByRole('region', { name: 'How well the model fits' }).getByRole('status'),
  ).toHaveText(
    '43 dyad-years are now predicted differently from the baseline; first divergence: Vietnam–Russia, 1992.',
  )
  await expect(page.getByRole('figure', { name: 'Agreement with history per year' })).toBeVisible()
  expect(problems).toEqual([])
  await context.close()
})

// `vite preview` answers an unknown path with the app itself; a real 404 is covered by the
// worker's unit test (tests/build/offline.test.ts). The plain page, not `watched`: showing the
// icon as a page makes Chromium ask for /favicon.ico, a 404 it logs as an error.
test('opening the icon or an unknown page never replaces the cached app', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.goto('/no-such-page')
  await page.goto('/favicon.svg')
  await context.setOffline(true)
  await page.goto('/')
  await page.getByRole('button', { name: 'Russia stays communist' }).click()
  await openStep(page, 'Check')
  await expect(page.getByRole('figure', { name: 'Agreement with history per year' })).toBeVisible()
  await context.setOffline(false)
})

test('every file the service worker caches is in the build, or it would never install', () => {
  const worker = readFileSync('dist/sw.js', 'utf8')
  const listed = JSON.parse(/const ASSETS = (\[.*\])/.exec(worker)![1]!) as string[]
  expect(listed.length).toBeGreaterThan(5)
  const missing = listed.filter((f) => f !== './' && !existsSync(`dist/${f.slice(2)}`))
  expect(missing).toEqual([])
})
