// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { capProblems, stripControl } from '@/lib/text'
import { decodeLink, MAX_LINK_CHARS } from '@/share/link'
import { MAX_FILE_CHARS, readScenarioFile } from '@/share/scenario-file'
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
