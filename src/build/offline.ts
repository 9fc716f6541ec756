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

const SW = (
  cache: string,
  assets: readonly string[],
) => `// Generated at build time: caches the explorer for offline use.
const CACHE = ${JSON.stringify(cache)}
const ASSETS = ${JSON.stringify(assets)}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    // The page: the network when it answers, so updates arrive; the cached copy when it does not.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone()
          caches.open(CACHE).then((c) => c.put('./', copy))
          return response
        })
        .catch(() => caches.match('./', { ignoreVary: true })),
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
    apply: (_config, env) => env.command === 'build' && env.mode !== 'single',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map'))
      const assets = [
        './',
        './favicon.svg',
        ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`),
      ]
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12)
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: SW(`alliance-explorer-${version}`, assets),
      })
    },
  }
}

/** Inlines a built page's script, styles and icon into one HTML file that runs from disk. */
export function inlineBuild(dir: string): string {
  let html = readFileSync(join(dir, 'index.html'), 'utf8')
  const read = (href: string) => readFileSync(join(dir, href.replace(/^\//, '')), 'utf8')
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
  return {
    name: 'offline-single-file',
    apply: (_config, env) => env.command === 'build' && env.mode === 'single',
    closeBundle() {
      if (!existsSync(join(scratch, 'index.html'))) return
      writeFileSync(target, inlineBuild(scratch))
      rmSync(scratch, { recursive: true, force: true })
    },
  }
}
