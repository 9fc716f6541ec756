// @vitest-environment node
/**
 * Robustness over generated inputs: 10,000 links and 10,000 scenario files, mostly broken. None
 * may throw, and none may cost the user the work they had.
 */
import fc from 'fast-check'
import { isLessonLink, writeLessonLink } from '@/share/lesson-link'
import { PLAN } from './lesson-fixture'
import { describe, expect, it } from 'vitest'
import { encodeLink } from '@/share/link'
import { openScenarioText, PREVIOUS_KEY, restoreSession, SESSION_KEY } from '@/share/persistence'
import { FILE_FORMAT, writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf } from '@/share/session'
import { createExplorerStore } from '@/store/explorer-store'
import { arbitrarySession, FILE_SETTINGS as SETTINGS } from './arbitraries'
import { fuzzRuns } from '../fuzz'

const RUNS = fuzzRuns(10_000)

/** Pieces of real links, so that generated ones get past the first checks often. */
const linkPiece = fc.oneof(
  fc.constantFrom(
    'v=1',
    'v=2',
    'v=0',
    'v=x',
    'r=RUS:c1992-2026',
    'r=RUS:q19',
    't=VNM-RUS:n1993',
    'f=CHN-RUS:x1960-1988',
    'rule=security-only',
    'lag=99',
    'years=1950-2000',
    'hide=CHN-USA',
    'focus=VNM-RUS:1992',
    'out=miss',
    'q=%E0%A4',
  ),
  fc.string({ maxLength: 12 }),
  fc
    .tuple(
      fc.constantFrom(
        'r',
        't',
        'f',
        'rule',
        'lag',
        'years',
        'hide',
        'focus',
        'pair',
        'out',
        'div',
        'q',
        'v',
      ),
      fc.string({ maxLength: 15 }),
    )
    .map(([k, v]) => `${k}=${v}`),
)
const arbitraryHash = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(linkPiece, { maxLength: 6 }).map((p) => `#${p.join('&')}`),
  // Lesson links, whole, cut or changed: a lesson opens beside the work and never replaces it.
  fc
    .tuple(fc.constantFrom('student', 'teacher' as const), fc.nat(), fc.string({ maxLength: 3 }))
    .map(([role, at, s]) => {
      const link = `#${writeLessonLink(PLAN, role as 'student' | 'teacher')}`
      const k = at % (link.length + 4)
      return k >= link.length ? link : link.slice(0, k) + s + link.slice(k + 1)
    }),
)

const arbitraryFileText = fc.oneof(
  fc.string({ maxLength: 100 }),
  fc.json({ maxDepth: 3 }),
  fc
    .record({
      format: fc.constantFrom(FILE_FORMAT, 'other'),
      version: fc.constantFrom(1, 2, '1'),
      settings: fc.oneof(
        fc.constant(SETTINGS),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })),
      ),
      changes: fc.array(
        fc.record({
          layer: fc.constantFrom('regime', 'threat', 'rift', 'other'),
          id: fc.constantFrom('RUS', 'VNM-RUS', 'ATL', 'CHN-RUS', ''),
          from: fc.integer({ min: 1800, max: 2100 }),
          to: fc.integer({ min: 1800, max: 2100 }),
          value: fc.constantFrom('communist', 'yes', true, 'maybe', 3),
        }),
        { maxLength: 3 },
      ),
    })
    .map((f) => JSON.stringify(f)),
)

describe('robustness', () => {
  // 10,000 runs take 6 to 20 s on a busy 2-core machine: a minute leaves room to spare.
  it(
    `opening ${RUNS} generated scenario files never throws, and a rejected one leaves the work as it was`,
    { timeout: 60_000 },
    () => {
      const store = createExplorerStore()
      store.getState().togglePreset('russia-stays-communist')
      fc.assert(
        fc.property(arbitraryFileText, (text) => {
          const before = store.getState()
          const opened = openScenarioText(store, 'generated.json', text)
          const after = store.getState()
          if (!opened) {
            expect(after.scenario).toBe(before.scenario)
            expect(after.settings).toBe(before.settings)
            expect(after.log).toBe(before.log)
            expect(after.view).toBe(before.view)
            expect(after.notices.at(-1)?.kind).toBe('error')
          } else {
            after.undo() // back to the work before, for the next input
            expect(store.getState().scenario).toEqual(before.scenario)
          }
          store.setState({ notices: [] })
        }),
        { numRuns: RUNS },
      )
    },
  )

  it(
    `opening ${RUNS} generated links over saved work never throws and never loses that work`,
    { timeout: 90_000 },
    () => {
      const saved = createExplorerStore()
      saved.getState().togglePreset('russia-stays-communist')
      const savedText = writeScenarioFile(sessionOf(saved.getState()), savedLogOf(saved.getState()))
      const savedScenario = saved.getState().scenario
      fc.assert(
        fc.property(arbitraryHash, (hash) => {
          const storage = new Map<string, string>([[SESSION_KEY, savedText]])
          const fake = {
            getItem: (k: string) => storage.get(k) ?? null,
            setItem: (k: string, v: string) => void storage.set(k, v),
            removeItem: (k: string) => void storage.delete(k),
          } as unknown as Storage
          const store = createExplorerStore()
          restoreSession(store, hash, fake)
          const s = store.getState()
          if (isLessonLink(hash)) expect(s.scenario).toEqual(savedScenario)
          if (
            s.scenario !== savedScenario &&
            JSON.stringify(s.scenario) !== JSON.stringify(savedScenario)
          ) {
            // The link replaced what is on screen: the saved work is kept and one Undo away.
            expect(storage.get(PREVIOUS_KEY)).toBe(savedText)
            s.undo()
            expect(store.getState().scenario).toEqual(savedScenario)
          }
        }),
        { numRuns: RUNS },
      )
    },
  )

  it('round-trips generated sessions through a link in the store', () => {
    fc.assert(
      fc.property(arbitrarySession, (session) => {
        const store = createExplorerStore()
        restoreSession(store, `#${encodeLink(session, store.getState().base)}`, null)
        expect(sessionOf(store.getState())).toEqual(session)
      }),
      { numRuns: 300 },
    )
  })
})
