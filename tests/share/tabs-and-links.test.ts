// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  KEEP_THIS_TAB,
  OTHER_TAB_CHANGED,
  OTHER_TAB_KEY,
  PREVIOUS_KEY,
  SAVE_DELAY_MS,
  SESSION_KEY,
  startAutosave,
} from '@/share/persistence'
import { readScenarioFile } from '@/share/scenario-file'
import { createExplorerStore, type ExplorerState } from '@/store/explorer-store'
import type { StoreApi } from 'zustand'
import { FakeStorage } from './fake-storage'

/** One localStorage shared by the tabs, which tells every other tab of each write. */
class SharedStorage extends FakeStorage {
  tabs: FakeTab[] = []
  writer: FakeTab | null = null
  override setItem(k: string, v: string) {
    const old = this.getItem(k)
    this.data.set(k, v)
    // As in a browser: the event reaches the other tabs, never the one that wrote.
    for (const tab of this.tabs) {
      if (tab !== this.writer) {
        tab.fire('storage', { key: k, oldValue: old, newValue: v, storageArea: tab.area })
      }
    }
  }
}

/** A browser tab: a window whose events the test fires, and a store with autosave running. */
class FakeTab {
  listeners = new Map<string, ((e: unknown) => void)[]>()
  location = { pathname: '/', search: '', hash: '' }
  store: StoreApi<ExplorerState>
  stop: () => void
  /** What this tab sees as localStorage: the shared one, its writes marked as this tab's. */
  area: Storage
  constructor(readonly storage: SharedStorage) {
    const history = {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        const i = url.indexOf('#')
        this.location.hash = i < 0 ? '' : url.slice(i)
      },
    }
    const win = {
      location: this.location,
      history,
      addEventListener: (type: string, f: (e: unknown) => void) =>
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), f]),
      removeEventListener: (type: string, f: (e: unknown) => void) =>
        this.listeners.set(
          type,
          (this.listeners.get(type) ?? []).filter((g) => g !== f),
        ),
    } as unknown as Window
    this.store = createExplorerStore()
    storage.tabs.push(this)
    this.area = this.guarded(storage)
    this.stop = startAutosave(this.store, this.area, win)
  }
  guarded(storage: SharedStorage): Storage {
    const mark = (t: SharedStorage) => {
      t.writer = this
    }
    return new Proxy(storage, {
      get(target, prop) {
        if (prop === 'setItem') {
          return (k: string, v: string) => {
            mark(target)
            try {
              target.setItem(k, v)
            } finally {
              target.writer = null
            }
          }
        }
        const value = Reflect.get(target, prop, target) as unknown
        return typeof value === 'function' ? (value as () => void).bind(target) : value
      },
    })
  }
  fire(type: string, event: unknown) {
    for (const f of this.listeners.get(type) ?? []) f(event)
  }
  /** Sets the address bar's fragment as pasting or following a link does. */
  followLink(hash: string) {
    this.location.hash = hash
    this.fire('hashchange', {})
  }
  get state() {
    return this.store.getState()
  }
  notice(text: string) {
    return this.state.notices.find((n) => n.text === text)
  }
  choose(text: string) {
    const n = this.notice(text)!
    n.action!.run()
    this.state.dismissNotice(n.id)
  }
}

const settle = () => vi.advanceTimersByTime(SAVE_DELAY_MS + 1)

let storage: SharedStorage
let tabs: FakeTab[]
const open = () => {
  const tab = new FakeTab(storage)
  tabs.push(tab)
  return tab
}
beforeEach(() => {
  vi.useFakeTimers()
  storage = new SharedStorage()
  tabs = []
})
afterEach(() => {
  tabs.forEach((t) => t.stop())
  vi.useRealTimers()
})

const savedScenario = (key: string) => {
  const result = readScenarioFile(storage.getItem(key)!, createExplorerStore().getState().base)
  if (!result.ok) throw new Error(result.problem)
  return result.file.session.scenario
}

describe('two tabs of the explorer', () => {
  it('a tab whose work another tab saved over stops saving over it and asks, in words', () => {
    const a = open()
    const b = open()
    b.state.togglePreset('no-sino-soviet-split')
    settle()
    a.state.togglePreset('russia-stays-communist')
    settle()
    // B learnt of A's save: B's work is not what is saved now, so B asks instead of overwriting.
    expect(b.notice(OTHER_TAB_CHANGED)?.action?.label).toBe("Load the other tab's work")
    expect(b.notice(KEEP_THIS_TAB)?.action?.label).toBe("Keep this tab's work")
    b.state.togglePreset('russia-stays-communist')
    settle()
    // A's save stays; B's newer work is kept aside rather than lost.
    expect(savedScenario(SESSION_KEY).rift['CHN-RUS']).toBeUndefined()
    expect(savedScenario(OTHER_TAB_KEY).rift['CHN-RUS']).toBeDefined()
    expect(b.state.scenario.rift['CHN-RUS']).toBeDefined()
  })

  it("loading the other tab's work is one step: Undo brings this tab's work back", () => {
    const a = open()
    const b = open()
    b.state.togglePreset('no-sino-soviet-split')
    settle()
    a.state.togglePreset('russia-stays-communist')
    settle()
    b.choose(OTHER_TAB_CHANGED)
    expect(b.notice(KEEP_THIS_TAB)).toBeUndefined()
    expect(b.state.scenario).toEqual(a.state.scenario)
    expect(b.state.notices.map((n) => n.text)).toContain(
      "Loaded the other tab's work. Press Undo to go back to this tab's work.",
    )
    settle()
    // B now saves again, and A is not troubled: nothing of A's is lost.
    expect(a.state.notices).toEqual([])
    b.state.undo()
    expect(b.state.scenario.rift['CHN-RUS']).toBeDefined()
    expect(b.state.scenario.regime.RUS).toBeUndefined()
  })

  it("keeping this tab's work saves it again, keeps the other's aside, and asks the other tab", () => {
    const a = open()
    const b = open()
    b.state.togglePreset('no-sino-soviet-split')
    settle()
    a.state.togglePreset('russia-stays-communist')
    settle()
    b.choose(KEEP_THIS_TAB)
    expect(b.notice(OTHER_TAB_CHANGED)).toBeUndefined()
    expect(savedScenario(SESSION_KEY).rift['CHN-RUS']).toBeDefined()
    expect(savedScenario(OTHER_TAB_KEY).regime.RUS).toBeDefined()
    // A's work is still on A's screen, and A is now the one asked.
    expect(a.state.scenario.regime.RUS).toBeDefined()
    expect(a.notice(OTHER_TAB_CHANGED)).toBeDefined()
  })

  it('a tab whose work another tab already holds is not asked anything', () => {
    const a = open()
    const b = open()
    a.state.togglePreset('russia-stays-communist')
    b.state.togglePreset('russia-stays-communist')
    settle()
    a.state.setRationale(a.state.log[0]!.id, 'same party, same friends')
    settle()
    expect(a.state.notices).toEqual([])
    expect(b.state.notices).toEqual([])
  })

  it('a reason written only in this tab is work the other tab must not silently drop', () => {
    const a = open()
    const b = open()
    a.state.togglePreset('russia-stays-communist')
    b.state.togglePreset('russia-stays-communist')
    settle()
    b.state.setRationale(b.state.log[0]!.id, 'ideology decides')
    settle()
    a.state.setRationale(a.state.log[0]!.id, 'threat decides')
    settle()
    expect(b.notice(OTHER_TAB_CHANGED)).toBeDefined()
  })

  it('a fresh tab with no work of its own is not asked when another tab saves', () => {
    const a = open()
    const b = open()
    b.state.togglePreset('no-sino-soviet-split')
    settle()
    expect(a.state.notices).toEqual([])
  })

  it('ignores other keys and other storage areas', () => {
    const b = open()
    b.state.togglePreset('no-sino-soviet-split')
    settle()
    b.fire('storage', { key: PREVIOUS_KEY, newValue: 'x', storageArea: b.area })
    b.fire('storage', { key: SESSION_KEY, newValue: 'x', storageArea: {} })
    expect(b.state.notices).toEqual([])
  })
})

describe('a link pasted or followed into an open tab', () => {
  const splitLink = () => {
    const other = open()
    other.state.togglePreset('no-sino-soviet-split')
    settle()
    const hash = other.location.hash
    other.stop()
    tabs.splice(tabs.indexOf(other), 1)
    storage.tabs.splice(storage.tabs.indexOf(other), 1)
    storage.data.clear()
    return hash
  }

  it('opens the link as on load, with the previous work one Undo away', () => {
    const hash = splitLink()
    const tab = open()
    tab.state.togglePreset('russia-stays-communist')
    settle()
    tab.followLink(hash)
    expect(tab.state.scenario.rift['CHN-RUS']).toBeDefined()
    expect(tab.state.scenario.regime.RUS).toBeUndefined()
    const notice = tab.state.notices.find((n) => /You opened a shared link/.test(n.text))
    expect(notice?.action?.label).toBe('Restore my previous work')
    expect(storage.getItem(PREVIOUS_KEY)).toMatch(/RUS/)
    tab.state.undo()
    expect(tab.state.scenario.regime.RUS).toBeDefined()
    expect(tab.state.scenario.rift['CHN-RUS']).toBeUndefined()
  })

  it("never re-opens the app's own fragment", () => {
    const tab = open()
    tab.state.togglePreset('russia-stays-communist')
    settle()
    const past = tab.state.undoStack.past.length
    tab.fire('hashchange', {})
    expect(tab.state.undoStack.past).toHaveLength(past)
    expect(tab.state.notices).toEqual([])
  })

  it('keeps the current work and explains when the link cannot be read', () => {
    const tab = open()
    tab.state.togglePreset('russia-stays-communist')
    settle()
    const before = tab.state.scenario
    tab.followLink('#nothing=here')
    expect(tab.state.scenario).toBe(before)
    expect(tab.state.notices[0]).toMatchObject({ kind: 'error' })
    expect(tab.state.notices[0]!.text).toMatch(/could not be read.*current work is unchanged/)
  })
})
