// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATASET } from '@/data'
import { compileDataset } from '@/model/compile'
import type { Preset } from '@/model/presets'
import { decodeLink, encodeLink } from '@/share/link'
import { sessionOf } from '@/share/session'
import { createExplorerStore } from '@/store/explorer-store'

/*
 * The case sets in view: the store shows the essay's cases by default, the out-of-sample pairs or
 * both on request. What is out of view is kept, not dropped, and presets and links reach it.
 */

// The essay's data with two pairs moved into the out-of-sample set, so the test does not depend
// on which pairs the case library holds.
const OUT = ['VNM-USA', 'CHN-USA']
const library = compileDataset({
  ...DATASET,
  dyads: DATASET.dyads.map((d) => (OUT.includes(d.id) ? { ...d, caseSet: 'out-of-sample' } : d)),
})
const preset: Preset = {
  id: 'out',
  title: 'Washington turns communist',
  description: 'A change to a pair out of view.',
  changes: [{ layer: 'regime', id: 'USA', from: 1990, to: 2026, value: 'communist' }],
}
const store = () => createExplorerStore(library, [preset])
const ids = (s: ReturnType<ReturnType<typeof store>['getState']>) => s.base.dyads.map((d) => d.id)

describe('the case sets in view', () => {
  it("show the essay's cases by default, the others on request, and both", () => {
    const s = store()
    expect(ids(s.getState())).not.toContain('VNM-USA')
    expect(ids(s.getState())).toHaveLength(library.dyads.length - 2)
    s.getState().updateSettings({ cases: 'out-of-sample' })
    expect([...ids(s.getState())].sort()).toEqual([...OUT].sort())
    s.getState().updateSettings({ cases: 'all' })
    expect(ids(s.getState())).toHaveLength(library.dyads.length)
    expect(s.getState().log.at(-1)?.text).toBe('Cases shown: both')
    s.getState().undo()
    expect(ids(s.getState())).toHaveLength(2)
  })

  it('keep a change to a pair out of view, and show it again with its pair', () => {
    const s = store()
    s.getState().updateSettings({ cases: 'all' })
    s.getState().toggleCell('threat', 'VNM-USA', 2000)
    const changed = s.getState().scenario
    s.getState().updateSettings({ cases: 'essay' })
    expect(s.getState().scenario).toBe(changed)
    s.getState().updateSettings({ cases: 'all' })
    expect(s.getState().scenario.threat['VNM-USA']?.[2000]).toBe('yes')
  })

  it('widen to both sets when a preset changes a state none of whose pairs is in view', () => {
    const s = store()
    s.getState().togglePreset('out')
    expect(s.getState().settings.cases).toBe('all')
    expect(s.getState().scenario.regime.USA?.[1990]).toBe('communist')
    expect(s.getState().log.at(-1)?.text).toBe(
      'Applied "Washington turns communist"; Cases shown: both',
    )
    s.getState().undo()
    expect(s.getState().settings.cases).toBe('essay')
  })

  it('travel in a link with the changes to pairs out of view', () => {
    const s = store()
    s.getState().updateSettings({ cases: 'all' })
    s.getState().toggleCell('threat', 'VNM-USA', 2000)
    s.getState().updateSettings({ cases: 'essay' })
    const link = encodeLink(sessionOf(s.getState()), library)
    expect(link).not.toContain('cases=')
    const back = decodeLink(link, library)
    expect(back.problems).toEqual([])
    expect(back.session?.scenario.threat['VNM-USA']?.[2000]).toBe('yes')
    s.getState().updateSettings({ cases: 'out-of-sample' })
    const other = decodeLink(encodeLink(sessionOf(s.getState()), library), library)
    expect(other.session?.settings.cases).toBe('out-of-sample')
    expect(decodeLink('#v=1&cases=some', library).problems[0]).toMatch(/"cases=some" is not valid/)
  })
})
