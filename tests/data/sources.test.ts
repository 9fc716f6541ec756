// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATASET, RAW_DATASET } from '@/data'
import { DatasetError, loadDataset } from '@/data/schema'
import { DENIED_SOURCE_HOSTS, sourceUrlProblem } from '@/data/source-urls'

/** Loads a copy of the shipped data whose sources have been changed by `edit`. */
function loadWithSources(edit: (sources: { id: string; title: string; url?: string }[]) => void) {
  const raw = structuredClone(RAW_DATASET) as unknown as {
    sources: { id: string; title: string; url?: string }[]
  }
  edit(raw.sources)
  return () => loadDataset(raw)
}

function problemsOf(load: () => unknown): readonly string[] {
  try {
    load()
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError)
    return (e as DatasetError).problems
  }
  throw new Error('expected the dataset to be rejected')
}

describe('the sources a teacher can click', () => {
  it('link only over https, and never to a denied host or a test server', () => {
    const bad = DATASET.sources.flatMap((s) => {
      if (s.url === undefined) return []
      const problem = sourceUrlProblem(s.url)
      return problem ? [`${s.id}: ${problem}`] : []
    })
    expect(bad).toEqual([])
    for (const s of DATASET.sources) if (s.url) expect(s.url, s.id).toMatch(/^https:\/\//)
  })

  it('say so in the title when they carry no link', () => {
    const unlinked = DATASET.sources.filter((s) => s.url === undefined)
    expect(unlinked.map((s) => s.id)).toContain('S9') // Gibler's compendium, a printed book
    for (const s of unlinked) expect(s.title, s.id).toMatch(/not linked/)
  })

  it('keep every id the spans cite: the essay, S1–S82, and the reply S27R', () => {
    const ids = new Set(DATASET.sources.map((s) => s.id))
    const expected = ['VU2021', 'S27R', ...Array.from({ length: 82 }, (_, k) => `S${k + 1}`)]
    expect(expected.filter((id) => !ids.has(id))).toEqual([])
  })

  it('cite the essay, the rebuttal and the reply at The Diplomat itself', () => {
    const host = (id: string) => {
      const url = DATASET.sources.find((s) => s.id === id)?.url
      return url ? new URL(url).hostname : undefined
    }
    expect([host('VU2021'), host('S27'), host('S27R')]).toEqual([
      'thediplomat.com',
      'thediplomat.com',
      'thediplomat.com',
    ])
  })

  it('cite the alliance datasets at their own sites, not at a package mirror', () => {
    const url = (id: string) => DATASET.sources.find((s) => s.id === id)?.url ?? ''
    expect(url('S6')).toMatch(/^https:\/\/correlatesofwar\.org\//)
    expect(url('S8')).toMatch(/^https:\/\/www\.atopdata\.org\//)
    expect(url('S69')).toMatch(/^https:\/\/correlatesofwar\.org\//)
    expect(url('S68')).toBe('https://cran.r-project.org/package=peacesciencer')
  })
})

describe('the source link checker', () => {
  it.each([
    ['a staging copy of a publisher', 'https://uat.taylorfrancis.com/x', /test or preview/],
    [
      'a test copy of an archive',
      'https://wilson-center-digital-archive.dvincitest.com/node/1',
      /dvincitest\.com/,
    ],
    [
      'a CMS preview link',
      'https://voa.pangea-cms.com/preview/en-US/a/x/1.html',
      /pangea-cms\.com/,
    ],
    ['a mirror on a subdomain', 'https://countries1.tripod.com/cLaos174.htm', /tripod\.com/],
    ['a scan of a copyrighted book', 'https://issuhub.com/view/index?id=1', /issuhub\.com/],
    ['a plain http link', 'http://history.state.gov/historicaldocuments/frus1950v06/d157', /https/],
    ['text that is not an address', 'see the casebook', /not a web address/],
  ])('rejects %s', (_what, url, why) => {
    expect(sourceUrlProblem(url)).toMatch(why)
  })

  it.each([
    'https://doi.org/10.1080/14682745.2013.808624',
    'https://digitalarchive.wilsoncenter.org/document/116616',
    'https://www.taylorfrancis.com/chapters/edit/10.4324/9780429497490-10',
    'https://notissuhub.com/page', // a host that merely ends in the same letters is not barred
  ])('accepts %s', (url) => {
    expect(sourceUrlProblem(url)).toBeUndefined()
  })

  it('keeps the deny-list short and made of bare host names', () => {
    expect(DENIED_SOURCE_HOSTS.length).toBeLessThanOrEqual(30)
    for (const h of DENIED_SOURCE_HOSTS) expect(h).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
  })
})

describe('the dataset schema on sources', () => {
  it('rejects a denied host and names the source', () => {
    const load = loadWithSources((sources) => {
      sources.find((s) => s.id === 'S2')!.url = 'https://uat.taylorfrancis.com/chapters/x'
    })
    expect(problemsOf(load)).toEqual([
      'source S2, url: uat.taylorfrancis.com is a test or preview server',
    ])
  })

  it('rejects a link that is not https', () => {
    const load = loadWithSources((sources) => {
      sources.find((s) => s.id === 'S1')!.url = 'http://history.state.gov/x'
    })
    expect(problemsOf(load)).toEqual(['source S1, url: http://history.state.gov/x must use https'])
  })

  it('accepts a source with no link, such as a printed book', () => {
    const load = loadWithSources((sources) => {
      delete sources.find((s) => s.id === 'S1')!.url
    })
    expect(load().sources.find((s) => s.id === 'S1')?.url).toBeUndefined()
  })
})
