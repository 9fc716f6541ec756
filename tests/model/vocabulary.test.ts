// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { changesToScenario } from '@/model/changes'
import { EMPTY_SCENARIO, LAYER_VALUES, setSpan, type Change } from '@/model/scenario'
import { VOCABULARIES } from '@/model/vocabulary'
import { arbitraryChange } from '../share/arbitraries'

describe('the vocabulary', () => {
  it.each(VOCABULARIES.map((v) => [v.name, v] as const))(
    '%s: every value has one code, which reads back to it, and a label key',
    (_, vocabulary) => {
      const values: readonly unknown[] = vocabulary.values
      expect(values.length).toBeGreaterThan(1)
      expect(new Set(values).size).toBe(values.length)
      const codes = values.map((v) => vocabulary.codeOf(v))
      expect(new Set(codes).size).toBe(values.length)
      for (const [i, v] of values.entries()) {
        expect(vocabulary.ofCode(codes[i]!)).toBe(v)
        expect(vocabulary.has(v)).toBe(true)
        expect(vocabulary.label(v as never)).toBe(`${vocabulary.name}.${String(v)}`)
      }
      expect(vocabulary.has('no such value')).toBe(false)
      expect(vocabulary.ofCode('no such code')).toBeUndefined()
    },
  )

  it('gives every layer a value set with one-letter codes, as links write them', () => {
    for (const vocabulary of Object.values(LAYER_VALUES)) {
      for (const v of vocabulary.values) expect(vocabulary.codeOf(v)).toMatch(/^[a-z]$/)
    }
  })
})

describe('changesToScenario', () => {
  // Odd changes as a hand-edited file may hold them: spans backwards or past the data's years,
  // unknown entities, values equal to history, cells set twice.
  const odd = fc.oneof(
    arbitraryChange,
    arbitraryChange.map((ch) => ({ ...ch, from: ch.to, to: ch.from })),
    arbitraryChange.map((ch) => ({ ...ch, from: ch.from - 30, to: ch.to + 30 })),
    arbitraryChange.map((ch) => ({ ...ch, id: `${ch.id}X` })),
  )

  it('equals setting each change in turn, the later winning', () => {
    fc.assert(
      fc.property(fc.array(odd, { maxLength: 30 }), (changes: Change[]) => {
        const oneByOne = changes.reduce(
          (s, ch) => setSpan(s, COMPILED, ch.layer, ch.id, ch.from, ch.to, ch.value),
          EMPTY_SCENARIO,
        )
        expect(changesToScenario(COMPILED, changes)).toEqual(oneByOne)
      }),
      { numRuns: 500 },
    )
  })
})
