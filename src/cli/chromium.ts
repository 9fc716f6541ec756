/**
 * Debian's Chromium and the flags it needs here: no sandbox (tests run as root) and no calls home
 * (the machine has no internet). Shared by the Playwright config and `npm run bench:ui`.
 */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
