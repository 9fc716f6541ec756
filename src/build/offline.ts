import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { cspContent } from './csp'

/**
 * Offline use, two ways. A service worker (`sw.js`, written by `serviceWorker()`) keeps every file
 * of the build, so after one visit the explorer opens with no network. And `singleFile()` makes
 * `alliance-explorer.html`: the whole app in one file that opens from disk, for a classroom
 * with no internet at all.
 */

/**
 * The service worker's code. Its rules:
 * - it keeps only the build's own files and the page, fetched once at install (`addAll` refuses
 *   anything but a successful answer), and never stores what it meets later: a missing page or
 *   `/favicon.svg` opened as a page can never replace the cached app;
 * - the page comes from the network when that answers with the app, else from the cache;
 * - a new build waits (no `skipWaiting`) until the user accepts "reload" (message
 *   `skip-waiting`), and the previous build's files stay cached one deploy longer, so an open tab
 *   can still load its lazy chunks;
 * - caches are named after the folder the app lives in, so two copies on one origin (GitHub
 *   Pages' user.github.io/a/ and /b/) never delete each other's files.
 */
export const serviceWorkerSource = (
  version: string,
  assets: readonly string[],
) => `// Generated at build time: caches the explorer for offline use.
const VERSION = ${JSON.stringify(version)}
const ASSETS = ${JSON.stringify(assets)}
const HOME = new URL('./', self.location.href)
const PREFIX = 'alliance-explorer ' + HOME.pathname + ' '
const CACHE = PREFIX + VERSION

// The app's own page: its folder or index.html in it, on this origin.
function isHome(url) {
  const u = new URL(url)
  return (
    u.origin === HOME.origin &&
    (u.pathname === HOME.pathname || u.pathname === HOME.pathname + 'index.html')
  )
}

// A successful same-origin answer: not an error page, not a redirect, not another site's.
function isGood(response) {
  return !!response && response.ok && response.status === 200 && response.type === 'basic'
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)))
})

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting()
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        // Keep this build and the one before it (keys come in the order they were made).
        const older = keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE)
        return Promise.all(older.slice(0, -1).map((k) => caches.delete(k)))
      })
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    // The network when it answers with the app, so updates arrive; else the cached app. Other
    // pages (a missing one, the icon) pass through untouched and are never stored.
    const cached = () => caches.match(HOME.href, { ignoreVary: true })
    event.respondWith(
      fetch(request)
        .then((response) =>
          isHome(request.url) && !isGood(response)
            ? cached().then((hit) => hit || response)
            : response,
        )
        .catch(() => cached().then((hit) => hit || Response.error())),
    )
    return
  }
  // Vite's server varies on Origin, but a module script asks with one and the install did not.
  event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request)))
})
`

/** Writes sw.js listing the build's files. */
export function serviceWorker(): Plugin {
  return {
    name: 'offline-service-worker',
    // After Vite's own CSS step, which drops the empty script of a chunk that only holds styles
    // (two lazy parts sharing a stylesheet make one): a worker that lists a missing file never
    // installs.
    enforce: 'post',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'single',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map'))
      const assets = [
        './',
        './favicon.svg',
        // The case templates "Your own cases" links to (copied from public/).
        './case-template.csv',
        './case-template.json',
        ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`),
      ]
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12)
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(version, assets),
      })
    },
  }
}

/** Inlines a built page's script, styles and icon into one HTML file that runs from disk. */
export function inlineBuild(dir: string, base = '/'): string {
  let html = readFileSync(join(dir, 'index.html'), 'utf8')
  // URLs in the page start with the base: './', '/' or a folder given with `--base /REPO/`.
  const read = (href: string) =>
    readFileSync(join(dir, href.startsWith(base) ? href.slice(base.length) : href), 'utf8')
  const scriptTag = /<script type="module" crossorigin src="([^"]+)"><\/script>/
  const src = scriptTag.exec(html)?.[1]
  if (!src) throw new Error('single file: the built page has no module script')
  // A closing tag inside the code would end the inline script early.
  const code = read(src).replace(/<\/(script)/gi, '<\\/$1')
  html = html.replace(scriptTag, () => `<script type="module">${code}</script>`)
  html = html.replace(
    /<link rel="stylesheet" crossorigin href="([^"]+)">/g,
    (_m, href: string) => `<style>${read(href)}</style>`,
  )
  html = html.replace(/<link rel="modulepreload"[^>]*>/g, '')
  html = html.replace(
    /<link rel="icon" href="[^"]+" type="image\/svg\+xml" \/>/,
    () =>
      `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(read('favicon.svg')).toString('base64')}" />`,
  )
  // Allow exactly this inline script, by its hash, and nothing else.
  const hash = createHash('sha256').update(code).digest('base64')
  html = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () => {
    const content = cspContent({
      'script-src': `'sha256-${hash}'`,
      'connect-src': "'none'",
      'worker-src': "'none'",
    })
    return `<meta http-equiv="Content-Security-Policy" content="${content}">`
  })
  return html
}

/** In `--mode single`: builds into a scratch folder, then writes dist/alliance-explorer.html. */
export function singleFile(scratch: string, target: string): Plugin {
  let base = '/'
  return {
    name: 'offline-single-file',
    apply: (_config, env) => env.command === 'build' && env.mode === 'single',
    configResolved(config) {
      base = config.base
    },
    closeBundle() {
      if (!existsSync(join(scratch, 'index.html'))) return
      writeFileSync(target, inlineBuild(scratch, base))
      rmSync(scratch, { recursive: true, force: true })
    },
  }
}
