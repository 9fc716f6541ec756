// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATASET } from '@/data'
import { ARGUMENT } from '@/data/argument'

const dyadIds = new Set(DATASET.dyads.map((d) => d.id))
const sourceIds = new Set(DATASET.sources.map((s) => s.id))

describe("the essay's argument", () => {
  it('has unique kebab-case ids, a title, two or three sentences and a one-line brief', () => {
    expect(new Set(ARGUMENT.map((p) => p.id)).size).toBe(ARGUMENT.length)
    for (const p of ARGUMENT) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(p.title.trim().length, p.id).toBeGreaterThan(5)
      // Sentence ends: a full stop followed by a space and a capital, or the last full stop.
      const sentences = p.text.split(/(?<=\.)\s+(?=[A-Z])/)
      expect(sentences.length, p.id).toBeGreaterThanOrEqual(2)
      expect(sentences.length, p.id).toBeLessThanOrEqual(3)
      expect(p.text.trim()).toMatch(/\.$/)
      expect(p.short.trim().length, p.id).toBeGreaterThan(2)
      expect(p.brief.trim().length, p.id).toBeGreaterThan(10)
      // One line in a half-width column of the printed handout, which must stay one page.
      expect(`${p.short}: ${p.brief}`.length, p.id).toBeLessThanOrEqual(60)
    }
  })

  it('points only at pairs and sources that are in the dataset, and always cites the essay', () => {
    for (const p of ARGUMENT) {
      expect(p.dyads.length, p.id).toBeGreaterThan(0)
      for (const d of p.dyads) expect(dyadIds, `${p.id}: ${d}`).toContain(d)
      for (const s of p.sources) expect(sourceIds, `${p.id}: ${s}`).toContain(s)
      expect(p.sources, p.id).toContain('VU2021')
      expect(p.sources.length, `${p.id} needs a source besides the essay`).toBeGreaterThan(1)
    }
  })

  it('gives years inside the data, in order', () => {
    for (const p of ARGUMENT) {
      if (!p.years) continue
      const [from, to] = p.years
      expect(from, p.id).toBeGreaterThanOrEqual(DATASET.firstYear)
      expect(to, p.id).toBeLessThanOrEqual(DATASET.lastYear)
      expect(from, p.id).toBeLessThanOrEqual(to)
    }
  })

  it('covers the nine points of the essay', () => {
    expect(ARGUMENT.map((p) => p.id).sort()).toEqual(
      [
        'mechanism',
        'deviant-cases',
        'independent-foreign-policy',
        'three-nos',
        'united-front',
        'treaty-1978',
        'test-ban-1963',
        'treaty-1961',
        'lessons-1979-1988',
      ].sort(),
    )
  })
})
