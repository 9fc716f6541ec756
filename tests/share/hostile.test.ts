// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { capProblems, stripControl } from '@/lib/text'
import { decodeLink, MAX_LINK_CHARS } from '@/share/link'
import { applyOpened, openScenarioText } from '@/share/persistence'
import { LIMITS } from '@/model/limits'
import { MAX_FILE_CHARS, readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf, undoOf } from '@/share/session'
import { createExplorerStore } from '@/store/explorer-store'

describe('hostile sizes', () => {
  it('refuses a link past the size limit at once, with one short message', () => {
    const huge = `#v=1&q=${'a'.repeat(MAX_LINK_CHARS)}`
    const r = decodeLink(huge, COMPILED)
    expect(r.session).toBeNull()
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatch(/^the link is 200 kB long, more than any link the explorer makes/)
  })

  it('refuses a file past the size limit before parsing it', () => {
    const r = readScenarioFile(' '.repeat(MAX_FILE_CHARS + 1), COMPILED)
    expect(r).toEqual({ ok: false, problem: expect.stringMatching(/^the file is 5\.0 MB/) })
  })

  it('lists at most five problems of a link, then how many more', () => {
    const parts = Array.from({ length: 12 }, (_, i) => `junk${i}=1`).join('&')
    const r = decodeLink(`#v=1&${parts}&r=RUS:c1992`, COMPILED)
    expect(r.problems).toHaveLength(6)
    expect(r.problems.at(-1)).toBe('and 7 more problems')
    expect(capProblems(['a', 'b'])).toEqual(['a', 'b'])
  })
})

describe('control characters', () => {
  it('are stripped from every text a user types before it reaches the store', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().togglePreset('russia-stays-communist')
    const entry = s().log[0]!.id
    s().setRationale(entry, 'because\u0000 of\u001b[31m\ttabs\nand lines')
    expect(s().rationales[entry]).toBe('because of[31m\ttabs\nand lines')
    s().setTableFilter({ search: 'laos\u0007' })
    expect(s().view.table.search).toBe('laos')
    s().answer('russia-stays-communist', { reason: 'x\u0085y', explanation: '\u007fz' })
    expect(s().answers['russia-stays-communist']).toMatchObject({ reason: 'xy', explanation: 'z' })
    expect(stripControl('plain text')).toBe('plain text')
  })

  it('are stripped from texts a link or file brings in', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().replaceModel({ scenario: s().scenario, settings: { ...s().settings, lag: 5 } }, 'Opened', [
      'step\u0000 one',
    ])
    expect(s().log.map((e) => e.text)).toContain('step one')
    s().replaceView({ ...s().view, table: { ...s().view.table, search: 'q\u0001' } })
    expect(s().view.table.search).toBe('q')
  })
})

describe('limits, enforced where the input enters', () => {
  it('the store never holds a search, reason or answer longer than a save accepts', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().setTableFilter({ search: 'x'.repeat(150) })
    expect(s().view.table.search).toHaveLength(LIMITS.search)
    s().togglePreset('russia-stays-communist')
    s().setRationale(s().log[0]!.id, 'y'.repeat(LIMITS.rationale + 50))
    s().answer('russia-stays-communist', {
      reason: 'r'.repeat(LIMITS.reason + 1),
      explanation: 'e'.repeat(LIMITS.explanation + 1),
    })
    // The autosave of all of it reads back: nothing is refused at save time.
    const text = writeScenarioFile(sessionOf(s()), savedLogOf(s()), {
      undo: undoOf(s()),
      answers: s().answers,
    })
    const back = readScenarioFile(text, COMPILED)
    expect(back.ok).toBe(true)
    if (back.ok) {
      expect(back.file.session.view?.table.search).toHaveLength(LIMITS.search)
      expect(back.file.log[0]!.rationale).toHaveLength(LIMITS.rationale)
      expect(back.file.answers?.['russia-stays-communist']?.reason).toHaveLength(LIMITS.reason)
    }
  })
})

describe('loss paths, closed', () => {
  const roundTrips = (s: ReturnType<typeof createExplorerStore>) => {
    const st = s.getState()
    const text = writeScenarioFile(sessionOf(st), savedLogOf(st), {
      undo: undoOf(st),
      answers: st.answers,
    })
    return readScenarioFile(text, COMPILED).ok
  }

  it('a link whose search is longer than a save accepts is clipped where it enters', () => {
    const store = createExplorerStore()
    const link = decodeLink(`#v=1&r=RUS:c1992-2026&q=${'z'.repeat(150)}`, COMPILED)
    applyOpened(store, { session: link.session!, log: [] }, 'Opened a shared link')
    expect(store.getState().view.table.search).toHaveLength(LIMITS.search)
    expect(roundTrips(store)).toBe(true)
  })

  it('a very long file name never makes a log line the save refuses', () => {
    const store = createExplorerStore()
    const name = `${'n'.repeat(5000)}.json`
    openScenarioText(
      store,
      name,
      writeScenarioFile(
        { ...sessionOf(store.getState()), settings: { ...store.getState().settings, lag: 7 } },
        [],
      ),
    )
    expect(store.getState().settings.lag).toBe(7)
    for (const e of store.getState().log) expect(e.text.length).toBeLessThanOrEqual(LIMITS.logText)
    expect(roundTrips(store)).toBe(true)
  })
})
