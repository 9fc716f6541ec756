// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data'
import { GLOSSARY } from '@/ui/glossary'

/**
 * A preset's description is read by students before they press it, without the glossary at hand:
 * short sentences, and none of the app's terms of art nor the scholar's shorthand.
 */

const MAX_WORDS = 20

/** Glossary terms that are also everyday words, and read as such in a description. */
const EVERYDAY = new Set(['history', 'hit', 'miss', 'accuracy'])

/** Shorthand a student would have to look up, beyond the glossary's own terms. */
const JARGON = [
  'dyad',
  'precision',
  'recall',
  'COW',
  'ATOP',
  'baseline',
  'criteria',
  'criterion',
  'doctrine',
  'normalisation',
  'normalization',
  'maritime',
  'counterfactual',
  'regime',
  'adversary',
  'rift',
  'Sino',
  'DRV',
  'SRV',
  'USSR',
]

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter(Boolean)

const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((w) => /\w/.test(w))

const mentions = (text: string, term: string) =>
  new RegExp(`\\b${term.replace(/[-]/g, '[- ]')}`, /^[A-Z]+$/.test(term) ? '' : 'i').test(text)

describe('preset descriptions in plain words', () => {
  it(`keep every sentence to ${MAX_WORDS} words or fewer`, () => {
    for (const p of PRESETS) {
      const sentences = sentencesOf(p.description)
      expect(sentences.length, p.id).toBeGreaterThan(0)
      for (const s of sentences)
        expect(wordsOf(s).length, `${p.id}: "${s}"`).toBeLessThanOrEqual(MAX_WORDS)
    }
  })

  it('use none of the glossary terms, which a description cannot explain', () => {
    const terms = GLOSSARY.map((g) => g.term).filter((t) => !EVERYDAY.has(t))
    expect(terms).toEqual(
      expect.arrayContaining(['dyad-year', 'shared threat', 'party rift', 'COW']),
    )
    for (const p of PRESETS)
      for (const t of terms) expect(mentions(p.description, t), `${p.id} uses "${t}"`).toBe(false)
  })

  it('use no scholarly shorthand', () => {
    for (const p of PRESETS)
      for (const j of JARGON) expect(mentions(p.description, j), `${p.id} uses "${j}"`).toBe(false)
  })

  it('catch what they are meant to catch', () => {
    // The checks themselves: a long sentence and a term of art are both found.
    const long =
      'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one.'
    expect(wordsOf(sentencesOf(long)[0]!).length).toBeGreaterThan(MAX_WORDS)
    expect(mentions('Beijing sees a Shared Threat.', 'shared threat')).toBe(true)
    expect(mentions('Per the COW data.', 'COW')).toBe(true)
    expect(mentions('The cows come home.', 'COW')).toBe(false)
    expect(mentions('every dyad year', 'dyad-year')).toBe(true)
  })

  it('still ask a question of the student', () => {
    for (const p of PRESETS) expect(p.description, p.id).toMatch(/\?$/)
  })
})
