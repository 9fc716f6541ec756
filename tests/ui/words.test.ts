import { describe, expect, it } from 'vitest'
import { VOCABULARIES, type LabelKey } from '@/model/vocabulary'
import { label } from '@/ui/words'

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
