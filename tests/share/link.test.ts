// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { DATA_VERSION } from '@/data/version'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { EMPTY_SCENARIO, setSpan } from '@/model/scenario'
import { decodeLink, encodeLink, LINK_VERSION, migrateLink } from '@/share/link'
import { defaultView, type Session } from '@/share/session'
import { arbitrarySession } from './arbitraries'

const c = COMPILED
const fresh: Session = {
  scenario: EMPTY_SCENARIO,
  settings: DEFAULT_SETTINGS,
  view: defaultView(c),
}

describe('the shareable link', () => {
  it('is empty for a fresh page and short for "Russia stays communist"', () => {
    expect(encodeLink(fresh, c)).toBe('')
    const russia = {
      ...fresh,
      scenario: setSpan(EMPTY_SCENARIO, c, 'regime', 'RUS', 1992, 2026, 'communist'),
    }
    expect(encodeLink(russia, c)).toBe(`v=1&d=${DATA_VERSION}&r=RUS:c1992-2026`)
  })

  it('round-trips any session exactly: state → link → state', () => {
    fc.assert(
      fc.property(arbitrarySession, (session) => {
        const link = encodeLink(session, c)
        const back = decodeLink(link, c)
        expect(back.problems).toEqual([])
        expect(back.session ?? fresh).toEqual(session)
      }),
      { numRuns: 300 },
    )
  })

  it('opens a lesson step as the teacher left it: "Check", or the presets as exercises', () => {
    const check = {
      ...fresh,
      view: { ...fresh.view, step: 'check', presetMode: 'predict' },
    } as const
    expect(encodeLink(check, c)).toBe(`v=1&d=${DATA_VERSION}&step=check&mode=predict`)
    expect(decodeLink(`v=1&step=debate&chart=network`, c).session?.view).toMatchObject({
      step: 'debate',
      presetMode: 'show',
      chart: 'network',
    })
  })

  it('stays short enough for a chat message or a QR code', () => {
    fc.assert(
      fc.property(arbitrarySession, (session) => {
        expect(encodeLink(session, c).length).toBeLessThan(1200)
      }),
    )
  })

  it('records the data version it was made on, and reads it back', () => {
    fc.assert(
      fc.property(arbitrarySession, (session) => {
        const link = encodeLink(session, c)
        if (link) expect(decodeLink(link, c).dataVersion).toBe(DATA_VERSION)
      }),
      { numRuns: 50 },
    )
  })

  it('reads a link without a data version as made on the older data, and opens it all the same', () => {
    const old = decodeLink('#v=1&r=RUS:c1992-2026', c)
    expect(old.dataVersion).toBeNull()
    expect(old.problems).toEqual([])
    expect(old.session?.scenario.regime.RUS?.[2000]).toBe('communist')
    expect(decodeLink('#v=1&d=2026.11&r=RUS:c1992-2026', c).dataVersion).toBe('2026.11')
  })

  it('says so when the data version is not one, and still reads the rest', () => {
    const bad = decodeLink('#v=1&d=latest&r=RUS:c1992-2026', c)
    expect(bad.dataVersion).toBeNull()
    expect(bad.problems).toEqual([expect.stringMatching(/"d=latest" is not a data version/)])
    expect(bad.session?.scenario.regime.RUS?.[2000]).toBe('communist')
  })

  it('holds nothing to open when it carries only its versions', () => {
    expect(decodeLink(`#v=1&d=${DATA_VERSION}`, c).session).toBeNull()
  })

  it('reads with or without the leading #', () => {
    expect(decodeLink('#v=1&rule=security-only', c).session?.settings.rule).toBe('security-only')
  })

  it('upgrades older links through the registered migrations, in order', () => {
    const migrations = [
      { from: 0, run: (p: Record<string, string>) => ({ ...p, steps: `${p.steps ?? ''}a` }) },
      { from: -1, run: (p: Record<string, string>) => ({ ...p, steps: `${p.steps ?? ''}b` }) },
    ]
    expect(migrateLink({}, -1, migrations)).toEqual({ steps: 'ba' })
    expect(migrateLink({}, LINK_VERSION, migrations)).toEqual({})
  })
})

/** Malformed links: each keeps what it can, says what it could not read, and never throws. */
const CORPUS: [string, RegExp, (s: Session | null) => void][] = [
  [
    '#v=1&r=ATL:c1992-2026',
    /unknown state "ATL"/,
    (s) => expect(s?.scenario).toEqual(EMPTY_SCENARIO),
  ],
  ['#v=1&t=VNM-ATL:y1990', /unknown pair "VNM-ATL"/, () => {}],
  ['#v=1&r=RUS:c1800-1900', /years 1800–1900 are outside 1949–2026/, () => {}],
  ['#v=1&r=RUS:c2026-1992', /the span 2026–1992 ends before it starts/, () => {}],
  ['#v=1&r=RUS:q1992', /"q1992" is not a value and a year or span/, () => {}],
  ['#v=1&r=RUS', /not in the form ID:RUNS/, () => {}],
  [
    '#v=1&r=RUS:c1992-2026&rule=banana',
    /"rule=banana" is not valid/,
    (s) => {
      expect(s?.settings.rule).toBe('two-criteria')
      expect(s?.scenario.regime.RUS?.[2000]).toBe('communist')
    },
  ],
  [
    '#v=1&step=quiz&chart=network',
    /"step=quiz" is not valid \(expected explore, debate, check\); ignored/,
    (s) => {
      expect(s?.view.step).toBe('explore')
      expect(s?.view.chart).toBe('network')
    },
  ],
  ['#v=1&lag=99', /"lag=99" is not valid \(expected a whole number from 0 to 30\)/, () => {}],
  ['#v=1&hist=wikipedia', /"hist=wikipedia" is not valid/, () => {}],
  ['#v=1&ideo=loose&contested=maybe', /"ideo=loose".*"contested=maybe"/, () => {}],
  [
    '#v=9&r=RUS:c1992-2026',
    /newer version of the explorer \(format 9\)/,
    (s) => expect(s?.scenario.regime.RUS).toBeDefined(),
  ],
  ['#r=RUS:c1992-2026', /no format version/, (s) => expect(s?.scenario.regime.RUS).toBeDefined()],
  ['#v=0&r=RUS:c1992-2026', /format version "v=0" is unknown/, (s) => expect(s).not.toBeNull()],
  ['#v=-1&r=RUS:c1992-2026', /format version "v=-1" is unknown/, (s) => expect(s).not.toBeNull()],
  ['#v=1.5&r=RUS:c1992-2026', /format version "v=1.5" is unknown/, (s) => expect(s).not.toBeNull()],
  ['#v=NaN&r=RUS:c1992-2026', /format version "v=NaN" is unknown/, (s) => expect(s).not.toBeNull()],
  [
    '#v=1&years=2020-1950',
    /"years=2020-1950" is not a span/,
    (s) => expect(s?.view.yearFrom).toBe(1949),
  ],
  [
    '#v=1&hide=CHN-USA,XXX-YYY',
    /"hide" names an unknown pair "XXX-YYY"/,
    (s) => expect(s?.view.hiddenDyads).toEqual(['CHN-USA']),
  ],
  ['#v=1&focus=VNM-RUS:3000', /"focus=VNM-RUS:3000" is not a known pair and year/, () => {}],
  ['#v=1&pair=ZZZ-RUS&out=win', /unknown pair "ZZZ-RUS".*outcomes other than/, () => {}],
  ['#v=1&q=%E0%A4%A', /"q" is not valid text/, () => {}],
  ['#v=1&colour=red', /"colour" is not one this version knows/, (s) => expect(s).toBeNull()],
  [
    '#v=1&rule=security-only&rule=ideology-only',
    /appears twice/,
    (s) => expect(s?.settings.rule).toBe('security-only'),
  ],
  ['#hello world', /no format version/, (s) => expect(s).toBeNull()],
]

describe('malformed links', () => {
  it.each(CORPUS)('%s', (hash, message, check) => {
    const result = decodeLink(hash, c)
    expect(result.problems.join('; ')).toMatch(message)
    check(result.session)
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = decodeLink(text, c)
        expect(Array.isArray(r.problems)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
