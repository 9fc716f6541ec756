import { chromium } from '@playwright/test'
const [,, url, out, w, h, click, first] = process.argv
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const c = await b.newContext({ viewport: { width: +w, height: +h } })
if (!first) await c.addInitScript(() => localStorage.setItem('alliance-explorer:guide', JSON.stringify({ tour: true, walkthrough: true })))
const p = await c.newPage()
await p.goto(url)
await p.waitForTimeout(1500)
if (click) { await p.getByRole('button', { name: click }).first().click(); await p.waitForTimeout(800) }
await p.screenshot({ path: out })
console.log(await p.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth, [...document.querySelectorAll('[data-axis]')].map(e => Math.round(e.getBoundingClientRect().bottom)), Math.round(document.querySelector('.preset-list')?.getBoundingClientRect().bottom)]))
await b.close()
