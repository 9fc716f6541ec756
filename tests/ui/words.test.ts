import { describe, expect, it } from 'vitest'
import { VOCABULARIES, type LabelKey } from '@/model/vocabulary'
import { OUTCOMES } from '@/model/evaluate'
import { label, outcomeCount } from '@/ui/words'

describe('the interface words for the vocabulary', () => {
  it.each(VOCABULARIES.map((v) => [v.name, v] as const))(
    '%s: every value has its own label',
    (_, vocabulary) => {
      const labels = (vocabulary.values as readonly unknown[]).map((v) =>
        label(vocabulary.label(v as never) as LabelKey),
      )
      for (const l of labels) expect(l.trim()).not.toBe('')
      expect(new Set(labels).size).toBe(labels.length)
    },
  )
})

describe('counts of outcomes', () => {
  it('name one and several in the right number, never by gluing on an "s"', () => {
    expect(outcomeCount('miss', 1)).toBe('1 miss')
    expect(outcomeCount('miss', 2)).toBe('2 misses')
    expect(outcomeCount('hit', 1)).toBe('1 hit')
    expect(outcomeCount('hit', 0)).toBe('0 hits')
    expect(outcomeCount('false_alarm', 2)).toBe('2 false alarms')
    expect(outcomeCount('correct_rejection', 1)).toBe('1 correct rejection')
    expect(outcomeCount('not_covered', 2)).toBe('2 years not covered')
    for (const o of OUTCOMES) {
      for (const n of [0, 1, 2]) expect(outcomeCount(o, n)).not.toMatch(/sss|ss\b(?<!ss)|misss/)
      expect(outcomeCount(o, 1)).not.toBe(outcomeCount(o, 2).replace(/^2/, '1'))
    }
  })
})
