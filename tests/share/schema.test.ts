// @vitest-environment node
/**
 * One contract for links, files and the autosave: whatever a link opens, a file (and so the
 * autosave) saves and reads back unchanged, and each value set is the vocabulary's.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { LIMITS } from '@/model/limits'
import { LAYER_VALUES, LAYERS, setSpan, EMPTY_SCENARIO } from '@/model/scenario'
import { LAYER, OUTCOME, RULE } from '@/model/vocabulary'
import { decodeLink, encodeLink } from '@/share/link'
import { readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { defaultView } from '@/share/session'
import { DEFAULT_SETTINGS } from '@/model/evaluate'

const c = COMPILED
const dyads = c.dyads.map((d) => d.id)

/** Link parts as people and attackers write them, built from the vocabulary's own codes. */
const part = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...LAYERS),
      fc.constantFrom(...c.states, ...dyads, 'XXX'),
      fc.integer({ min: 1900, max: 2100 }),
    )
    .chain(([layer, id, year]) =>
      fc
        .constantFrom(...(LAYER_VALUES[layer].values as readonly unknown[]), 'zz')
        .map((v) => `${LAYER.code(layer)}=${id}:${LAYER_VALUES[layer].codeOf(v) ?? 'q'}${year}`),
    ),
  fc.constantFrom(...RULE.values, 'nonsense').map((r) => `rule=${r}`),
  fc.integer({ min: -5, max: 99 }).map((n) => `lag=${n}`),
  fc.subarray([...OUTCOME.values, 'bogus', 'hit']).map((o) => `out=${o.join(',')}`),
  fc
    .array(fc.constantFrom(...dyads, 'NOPE'), { maxLength: 3000 })
    .map((ids) => `hide=${ids.join(',')}`),
  fc.string({ maxLength: 400 }).map((q) => `q=${encodeURIComponent(q)}`),
  fc.constantFrom(...dyads, 'X').map((d) => `pair=${d}`),
  fc.constantFrom('focus=VNM-RUS:1992', 'focus=VNM-RUS:3000', 'years=1960-1990', 'years=1990-1960'),
)
const hash = fc.array(part, { maxLength: 8 }).map((ps) => `#v=1&${ps.join('&')}`)

describe('links, files and the autosave share one contract', () => {
  it('saves whatever a link opens, and reads it back unchanged', () => {
    fc.assert(
      fc.property(hash, (h) => {
        const { session, problems } = decodeLink(h, c)
        if (!session) return
        // The link reader keeps each value within the limits itself; the last-ditch check that
        // resets a view the schema refuses never has to act.
        expect(problems.join('\n')).not.toMatch(/view could not be read/)
        expect(session.view.table.search.length).toBeLessThanOrEqual(LIMITS.search)
        expect(session.view.hiddenDyads.length).toBeLessThanOrEqual(LIMITS.hiddenPairs)
        const read = readScenarioFile(writeScenarioFile(session, []), c)
        if (!read.ok) throw new Error(`${h.slice(0, 200)}: ${read.problem}`)
        expect(read.file.session).toEqual(session)
      }),
      { numRuns: 1000 },
    )
  })

  it('hides a pair named many times once', () => {
    const { session, problems } = decodeLink(
      `#v=1&hide=${Array(3000).fill('VNM-RUS').join(',')}`,
      c,
    )
    expect(session?.view.hiddenDyads).toEqual(['VNM-RUS'])
    expect(problems).toEqual([])
  })

  it('writes each layer value as its vocabulary code, and reads it back', () => {
    for (const layer of LAYERS) {
      const id = layer === 'regime' ? 'RUS' : 'VNM-RUS'
      for (const value of LAYER_VALUES[layer].values as readonly unknown[]) {
        const scenario = setSpan(EMPTY_SCENARIO, c, layer, id, 1995, 1996, value as never)
        if (scenario === EMPTY_SCENARIO) continue // history already has this value
        const link = encodeLink({ scenario, settings: DEFAULT_SETTINGS, view: defaultView(c) }, c)
        expect(link).toContain(
          `${LAYER.code(layer)}=${id}:${LAYER_VALUES[layer].codeOf(value)}1995-1996`,
        )
        expect(decodeLink(link, c).session?.scenario).toEqual(scenario)
      }
    }
  })

  it('refuses a value outside the vocabulary in a file, naming where it is', () => {
    const text = JSON.stringify({
      format: 'alliance-counterfactual-explorer/scenario',
      version: 1,
      settings: { ...DEFAULT_SETTINGS, rule: 'ideology-first' },
      changes: [],
    })
    const read = readScenarioFile(text, c)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problem).toMatch(/^settings\.rule: /)
  })
})
