// @vitest-environment node
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { inlineBuild, serviceWorkerSource } from '@/build/offline'
import { cspContent } from '@/build/csp'

function fakeBuild(base = '/') {
  const dir = mkdtempSync(join(tmpdir(), 'single-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'assets/app.js'), 'console.log("</script>")')
  writeFileSync(join(dir, 'assets/app.css'), 'body{color:red}')
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>')
  writeFileSync(
    join(dir, 'index.html'),
    `<html><head><meta http-equiv="Content-Security-Policy" content="${cspContent()}"><link rel="icon" href="${base}favicon.svg" type="image/svg+xml" /><script type="module" crossorigin src="${base}assets/app.js"></script><link rel="stylesheet" crossorigin href="${base}assets/app.css"></head><body></body></html>`,
  )
  return dir
}

describe('the single-file build', () => {
  it('inlines script, styles and icon, and allows exactly that script by its hash', () => {
    const html = inlineBuild(fakeBuild())
    const code = 'console.log("<\\/script>")'
    expect(html).toContain(`<script type="module">${code}</script>`)
    expect(html).toContain('<style>body{color:red}</style>')
    expect(html).toContain('href="data:image/svg+xml;base64,')
    expect(html).not.toMatch(/src="\/assets|href="\/assets/)
    const hash = createHash('sha256').update(code).digest('base64')
    expect(html).toContain(`script-src 'sha256-${hash}'`)
    expect(html).toContain("connect-src 'none'")
  })

  it('reads the files under a relative or a folder base (GitHub Pages)', () => {
    for (const base of ['./', '/REPO/']) {
      const html = inlineBuild(fakeBuild(base), base)
      expect(html).toContain('<style>body{color:red}</style>')
      expect(html).not.toContain(`${base}assets`)
    }
  })
})

interface FakeResponse {
  readonly ok: boolean
  readonly status: number
  readonly type: string
  readonly body: string
}

const answer = (body: string, status = 200, type = 'basic'): FakeResponse => ({
  ok: status >= 200 && status < 300,
  status,
  type,
  body,
})

/** Runs the generated worker against an in-memory cache storage and a scripted network. */
function worker(
  opts: { scope?: string; version?: string; caches?: Map<string, Map<string, FakeResponse>> } = {},
) {
  const scope = opts.scope ?? 'https://school.example/explorer/'
  const abs = (u: string) => new URL(u, scope).href
  const site: Record<string, FakeResponse> = {
    [abs('./')]: answer('the app, build 1'),
    [abs('./assets/app.js')]: answer('code'),
    [abs('./favicon.svg')]: answer('<svg/>'),
  }
  const net = { online: true, site }
  const network = async (url: string) => {
    if (!net.online) throw new TypeError('Failed to fetch')
    return site[url] ?? answer('Not found', 404)
  }
  const store = opts.caches ?? new Map<string, Map<string, FakeResponse>>()
  const caches = {
    open: async (name: string) => {
      if (!store.has(name)) store.set(name, new Map())
      const m = store.get(name)!
      return {
        addAll: async (urls: string[]) => {
          for (const u of urls) {
            const r = await network(abs(u))
            if (!r.ok) throw new TypeError(`addAll: ${u} answered ${r.status}`)
            m.set(abs(u), r)
          }
        },
        put: async (key: string, r: FakeResponse) => void m.set(abs(key), r),
      }
    },
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
    match: async (req: string | { url: string }) => {
      const key = abs(typeof req === 'string' ? req : req.url)
      for (const m of store.values()) if (m.has(key)) return m.get(key)
      return undefined
    },
  }
  const listeners: Record<string, (e: unknown) => void> = {}
  const self = {
    location: new URL('sw.js', scope),
    addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn),
    skipWaiting: vi.fn(),
    clients: { claim: async () => undefined },
  }
  const source = serviceWorkerSource(opts.version ?? 'v1', [
    './',
    './favicon.svg',
    './assets/app.js',
  ])
  const fetchFake = (req: string | { url: string }) =>
    network(typeof req === 'string' ? req : req.url)
  new Function('self', 'caches', 'fetch', 'Response', source)(self, caches, fetchFake, {
    error: () => answer('network error', 0, 'error'),
  })
  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve()
    listeners[type]!({ waitUntil: (p: Promise<unknown>) => (done = p) })
    await done
  }
  /** A request through the worker: its answer, or null where the worker lets it pass. */
  const request = async (url: string, mode: 'navigate' | 'no-cors' = 'navigate') => {
    let response = null as Promise<FakeResponse> | null
    listeners.fetch!({
      request: { url: abs(url), method: 'GET', mode },
      respondWith: (p: Promise<FakeResponse>) => (response = p),
      waitUntil: () => undefined,
    })
    return response ? await response : null
  }
  const message = (data: unknown) => listeners.message!({ data })
  return { net, store, self, lifecycle, request, message, abs }
}

describe('the service worker', () => {
  it('keeps the cached app when a missing page or the icon is opened as a page', async () => {
    const sw = worker()
    await sw.lifecycle('install')
    await sw.lifecycle('activate')
    expect((await sw.request('./favicon.svg'))?.body).toBe('<svg/>')
    expect((await sw.request('./no-such-page'))?.status).toBe(404)
    expect((await sw.request('./index.html/'))?.status).toBe(404)
    sw.net.online = false
    expect((await sw.request('./'))?.body).toBe('the app, build 1')
    expect((await sw.request('./no-such-page'))?.body).toBe('the app, build 1')
    const [cache] = [...sw.store.values()]
    expect([...cache!.keys()].sort()).toEqual(
      [sw.abs('./'), sw.abs('./assets/app.js'), sw.abs('./favicon.svg')].sort(),
    )
  })

  it('serves the cached app when the host answers the page with an error or another site', async () => {
    const sw = worker()
    await sw.lifecycle('install')
    sw.net.site[sw.abs('./')] = answer('Service unavailable', 503)
    expect((await sw.request('./'))?.body).toBe('the app, build 1')
    sw.net.site[sw.abs('./')] = answer('', 0, 'opaqueredirect')
    expect((await sw.request('./'))?.body).toBe('the app, build 1')
    sw.net.site[sw.abs('./')] = answer('the app, build 2')
    expect((await sw.request('./'))?.body).toBe('the app, build 2')
  })

  it('leaves requests to other sites alone and stores nothing met after install', async () => {
    const sw = worker()
    await sw.lifecycle('install')
    expect(await sw.request('https://elsewhere.example/x.js', 'no-cors')).toBeNull()
    sw.net.site[sw.abs('./assets/late.js')] = answer('late')
    expect((await sw.request('./assets/late.js', 'no-cors'))?.body).toBe('late')
    const [cache] = [...sw.store.values()]
    expect(cache!.has(sw.abs('./assets/late.js'))).toBe(false)
  })

  it('waits for the user before taking over, and keeps the previous build for open tabs', async () => {
    const caches = new Map<string, Map<string, FakeResponse>>()
    for (const v of ['v1', 'v2']) {
      const sw = worker({ version: v, caches })
      await sw.lifecycle('install')
      await sw.lifecycle('activate')
    }
    // Another copy of the explorer in another folder of the same site.
    const other = worker({ scope: 'https://school.example/other/', caches })
    await other.lifecycle('install')
    const sw = worker({ version: 'v3', caches })
    await sw.lifecycle('install')
    expect(sw.self.skipWaiting).not.toHaveBeenCalled()
    sw.message('skip-waiting')
    expect(sw.self.skipWaiting).toHaveBeenCalled()
    await sw.lifecycle('activate')
    expect([...caches.keys()]).toEqual([
      'alliance-explorer /explorer/ v2',
      'alliance-explorer /other/ v1',
      'alliance-explorer /explorer/ v3',
    ])
  })
})
