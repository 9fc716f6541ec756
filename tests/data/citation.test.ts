// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATASET } from '@/data'
import {
  CITATION_AUTHOR,
  CITATION_STYLES,
  citeEssay,
  citeExplorer,
  ESSAY,
  explorerTitle,
} from '@/data/citation'
import { DATA_VERSION } from '@/data/version'

describe('citations', () => {
  it('cite the explorer with its author, year and data version in every style', () => {
    for (const style of CITATION_STYLES) {
      const text = citeExplorer(style)
      expect(text, style).toContain(CITATION_AUTHOR)
      expect(text, style).toContain('2026')
      expect(text, style).toContain(DATA_VERSION)
    }
    expect(explorerTitle()).toBe(`Alliance Counterfactual Explorer: data version ${DATA_VERSION}`)
  })

  it('follow each style: APA puts the year after the author, Chicago at the end', () => {
    expect(citeExplorer('apa')).toBe(
      `Alliance Counterfactual Explorer contributors. (2026). Alliance Counterfactual Explorer: Data version ${DATA_VERSION} [Computer software and data set].`,
    )
    expect(citeExplorer('chicago')).toBe(
      `Alliance Counterfactual Explorer contributors. Alliance Counterfactual Explorer: Data Version ${DATA_VERSION}. Software and data set, 2026.`,
    )
  })

  it('give BibTeX entries that a reference manager can read', () => {
    const bib = citeExplorer('bibtex', { version: '2027.3', url: 'https://example.org/ace/' })
    expect(bib).toMatch(/^@misc\{alliance_explorer_2027_3,\n/)
    expect(bib).toContain('  author = {{Alliance Counterfactual Explorer contributors}},')
    expect(bib).toContain('  version = {2027.3},')
    expect(bib).toContain('  url = {https://example.org/ace/},')
    expect(bib.endsWith('\n}')).toBe(true)
    // Braces balance, so the entry parses.
    expect(bib.split('{').length).toBe(bib.split('}').length)
    const essay = citeEssay('bibtex')
    expect(essay).toMatch(/^@article\{vu_2021_alliance,/)
    expect(essay).toContain('  journal = {The Diplomat},')
    expect(essay).toContain('  month = may,')
    expect(essay.split('{').length).toBe(essay.split('}').length)
  })

  it('add the address only when the explorer is on the web', () => {
    expect(citeExplorer('apa')).not.toMatch(/https?:/)
    expect(citeExplorer('apa', { url: 'https://example.org/ace/' })).toMatch(
      /\[Computer software and data set\]\. https:\/\/example\.org\/ace\/$/,
    )
  })

  it("cite Khang Vu's essay in The Diplomat, 2021, at the address the dataset cites", () => {
    expect(citeEssay('apa')).toBe(
      `Vu, K. (2021, May). Do China and Vietnam have similar alliance policies? The Diplomat. ${ESSAY.url}`,
    )
    expect(citeEssay('chicago')).toBe(
      `Vu, Khang. "Do China and Vietnam Have Similar Alliance Policies?" The Diplomat, May 2021. ${ESSAY.url}.`,
    )
    expect(DATASET.sources.find((s) => s.id === 'VU2021')?.url).toBe(ESSAY.url)
  })
})
