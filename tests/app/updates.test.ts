import { describe, expect, it, vi } from 'vitest'
import type { Notice } from '@/store/explorer-store'
import { NEW_VERSION_TEXT, watchForUpdates } from '@/app/updates'

type Sent = Omit<Notice, 'id'>

function fakes(hasController: boolean) {
  const win = new EventTarget() as EventTarget & { location: { reload: () => void } }
  win.location = { reload: vi.fn() }
  const container = Object.assign(new EventTarget(), {
    controller: hasController ? {} : null,
  })
  const worker = Object.assign(new EventTarget(), {
    state: 'installing',
    postMessage: vi.fn(),
  })
  const registration = Object.assign(new EventTarget(), {
    waiting: null as typeof worker | null,
    installing: null as typeof worker | null,
  })
  const sent: Sent[] = []
  const watch = watchForUpdates(
    (n) => sent.push(n),
    win as unknown as Window,
    container as unknown as ServiceWorkerContainer,
  )
  watch.watchRegistration(registration as unknown as ServiceWorkerRegistration)
  const install = () => {
    registration.installing = worker
    registration.dispatchEvent(new Event('updatefound'))
    worker.state = 'installed'
    worker.dispatchEvent(new Event('statechange'))
  }
  return { win, container, worker, registration, sent, install }
}

describe('a new deploy while the explorer is open', () => {
  it('offers a reload, and reloads only after the user asks and the new version took over', () => {
    const f = fakes(true)
    f.install()
    expect(f.sent.map((n) => n.text)).toEqual([NEW_VERSION_TEXT])
    expect(f.win.location.reload).not.toHaveBeenCalled()
    f.sent[0]!.action!.run()
    expect(f.worker.postMessage).toHaveBeenCalledWith('skip-waiting')
    expect(f.win.location.reload).not.toHaveBeenCalled()
    f.container.dispatchEvent(new Event('controllerchange'))
    expect(f.win.location.reload).toHaveBeenCalledTimes(1)
  })

  it('says nothing on the very first install, which replaces no version', () => {
    const f = fakes(false)
    f.install()
    f.container.dispatchEvent(new Event('controllerchange'))
    expect(f.sent).toEqual([])
    expect(f.win.location.reload).not.toHaveBeenCalled()
  })

  it('says it once when another tab took the new version or a chunk of the old one is gone', () => {
    const f = fakes(true)
    f.container.dispatchEvent(new Event('controllerchange'))
    f.win.dispatchEvent(new Event('vite:preloadError'))
    expect(f.sent.map((n) => n.action?.label)).toEqual(['Reload'])
    expect(f.win.location.reload).not.toHaveBeenCalled()
    f.sent[0]!.action!.run()
    expect(f.win.location.reload).toHaveBeenCalledTimes(1)
  })
})
