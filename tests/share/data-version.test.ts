import { afterEach, describe, expect, it } from 'vitest'
import { DATA_VERSION } from '@/data/version'
import { CHANGELOG_ID } from '@/share/data-version'
import { openScenarioText, restoreSession, SESSION_KEY } from '@/share/persistence'
import { writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf } from '@/share/session'
import { createExplorerStore, type ExplorerState } from '@/store/explorer-store'

/** Work opened from a link, a file or the autosave says when it was made on older data. */

const CORRECTED = /^The data were corrected since this was made/

function storageWith(text?: string): Storage {
  const data = new Map<string, string>(text === undefined ? [] : [[SESSION_KEY, text]])
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage
}

/** "Russia stays communist" as the autosave writes it, optionally without its data version. */
function russiaFile({ dataVersion }: { dataVersion?: string | null } = {}) {
  const other = createExplorerStore()
  other.getState().togglePreset('russia-stays-communist')
  const file = JSON.parse(
    writeScenarioFile(sessionOf(other.getState()), savedLogOf(other.getState())),
  )
  if (dataVersion === null) delete file.dataVersion
  else if (dataVersion !== undefined) file.dataVersion = dataVersion
  return JSON.stringify(file)
}

const dataNotices = (s: ExplorerState) => s.notices.filter((n) => CORRECTED.test(n.text))

afterEach(() => {
  document.body.replaceChildren()
})

describe('opening work made on older data', () => {
  it('opens a link with no data version and says the data were corrected since', () => {
    const store = createExplorerStore()
    expect(restoreSession(store, '#v=1&r=RUS:c1992-2026', storageWith())).toBe('link')
    expect(store.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    const [notice] = dataNotices(store.getState())
    expect(notice).toMatchObject({ kind: 'info', action: { label: 'See what was corrected' } })
    expect(notice!.text).toContain('this link was made on the data from before 2026.12')
    expect(notice!.text).toContain(`now uses data version ${DATA_VERSION}`)
  })

  it('says nothing about the data for a link made on this data version', () => {
    const store = createExplorerStore()
    restoreSession(store, `#v=1&d=${DATA_VERSION}&r=RUS:c1992-2026`, storageWith())
    expect(store.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    expect(store.getState().notices).toEqual([])
  })

  it('names the older version a link was made on', () => {
    const store = createExplorerStore()
    restoreSession(store, '#v=1&d=2026.9&r=RUS:c1992-2026', storageWith())
    expect(dataNotices(store.getState())[0]!.text).toContain('made on data version 2026.9')
  })

  it('restores an autosave from before data versions, with the notice', () => {
    const store = createExplorerStore()
    expect(restoreSession(store, '', storageWith(russiaFile({ dataVersion: null })))).toBe('saved')
    expect(store.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    expect(dataNotices(store.getState())[0]!.text).toContain('your saved work was made on')
  })

  it('restores a current autosave with no word about the data', () => {
    const store = createExplorerStore()
    restoreSession(store, '', storageWith(russiaFile()))
    // Only that the work is back; nothing about data versions.
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'Your saved work is back: 1 change to history.',
    ])
  })

  it('judges the work that ends up on screen: an old link over current saved work', () => {
    const store = createExplorerStore()
    restoreSession(store, '#v=1&r=PRK:n1994-2026', storageWith(russiaFile()))
    const texts = store.getState().notices.map((n) => n.text)
    // The message about the saved work comes first; the one about the data follows it.
    expect(texts[0]).toMatch(/Your own work from before is kept/)
    expect(texts[1]).toMatch(CORRECTED)
    expect(texts[1]).toContain('this link')
  })

  it('opens a scenario file from older data and names it in the notice', () => {
    const store = createExplorerStore()
    expect(openScenarioText(store, 'week3.json', russiaFile({ dataVersion: '2026.11' }))).toBe(true)
    expect(store.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    expect(dataNotices(store.getState())[0]!.text).toContain(
      'the file "week3.json" was made on data version 2026.11',
    )
    expect(openScenarioText(store, 'now.json', russiaFile())).toBe(true)
    expect(store.getState().notices.filter((n) => n.text.includes('now.json'))).toHaveLength(1)
  })

  it('says so, without the changelog button, for work made on newer data than this copy', () => {
    const store = createExplorerStore()
    restoreSession(store, '#v=1&d=2099.1&r=RUS:c1992-2026', storageWith())
    expect(store.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    const notice = store.getState().notices.at(-1)!
    expect(notice.text).toMatch(/made on data version 2099\.1, newer than this copy/)
    expect(notice.action).toBeUndefined()
  })

  it("opens the page's changelog from the notice's button", () => {
    const details = document.createElement('details')
    details.id = CHANGELOG_ID
    const summary = document.createElement('summary')
    summary.textContent = 'Data corrections'
    details.append(summary)
    document.body.append(details)
    const store = createExplorerStore()
    restoreSession(store, '#v=1&r=RUS:c1992-2026', storageWith())
    dataNotices(store.getState())[0]!.action!.run()
    expect(details.open).toBe(true)
    expect(document.activeElement).toBe(summary)
  })
})
