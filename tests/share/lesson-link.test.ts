// @vitest-environment node
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { readUserCases } from '@/share/user-cases'
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { CODING_ITEMS } from '@/data/coding-items'
import { studentCopy, type LessonExercise, type LessonPlan } from '@/model/lesson'
import { PLAN } from './lesson-fixture'
import { readAnswerCode, writeAnswerCode } from '@/share/answer-code'
import { answerLessonOf } from '@/share/lesson-answers'
import { isLessonLink, readLessonLink, writeLessonLink } from '@/share/lesson-link'
import { readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { defaultView } from '@/share/session'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { cleanPlan } from '@/store/lesson-slice'
import { arbitraryChange } from './arbitraries'
import { fuzzRuns } from '../fuzz'

const c = COMPILED

describe('lesson links', () => {
  it('the student link carries the lesson without the teacher notes', () => {
    const link = writeLessonLink(PLAN, 'student')
    expect(isLessonLink(link)).toBe(true)
    expect(link).not.toContain('as=teacher')
    const read = readLessonLink(`#${link}`, c)
    expect(read).toEqual({ ok: true, lesson: { plan: studentCopy(PLAN), role: 'student' } })
    expect(JSON.stringify(read)).not.toContain('SECRET')
    // Nor is the note hidden in the encoded text.
    expect(atob(link.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))).not.toContain('SECRET')
  })

  it('the teacher link opens the same lesson with the notes', () => {
    const read = readLessonLink(writeLessonLink(PLAN, 'teacher'), c)
    expect(read).toEqual({ ok: true, lesson: { plan: PLAN, role: 'teacher' } })
  })

  it('"as=teacher" added to a student link opens no notes: the link decides what travels', () => {
    const read = readLessonLink(`${writeLessonLink(PLAN, 'student')}&as=teacher`, c)
    expect(read.ok && read.lesson.role).toBe('teacher')
    expect(JSON.stringify(read)).not.toContain('SECRET')
  })

  it('names what is wrong with a bad link', () => {
    const good = writeLessonLink(PLAN, 'student')
    expect(readLessonLink(good.slice(0, -7), c)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/damaged/),
    })
    expect(readLessonLink('lesson=9.abc', c)).toMatchObject({
      problem: expect.stringMatching(/newer version/),
    })
    expect(readLessonLink(`${good}&x=1`, c)).toMatchObject({
      problem: expect.stringMatching(/"x" is not one a lesson link has/),
    })
    expect(readLessonLink(`${good}&as=admin`, c)).toMatchObject({
      problem: expect.stringMatching(/not teacher or student/),
    })
    const unknownPair = {
      ...PLAN,
      steps: [
        {
          exercise: {
            ...(PLAN.steps[0] as { exercise: LessonExercise }).exercise,
            watch: { dyad: 'VNM-XXX', from: 1992, to: 1994 },
          },
        },
      ],
    } as LessonPlan
    expect(readLessonLink(writeLessonLink(unknownPair, 'teacher'), c)).toMatchObject({
      problem: 'lesson step 1 ("Russia stays communist"): unknown pair "VNM-XXX"',
    })
    const unknownItem = { ...PLAN, steps: [{ item: 'no-such-case' }] }
    expect(readLessonLink(writeLessonLink(unknownItem, 'teacher'), c)).toMatchObject({
      problem: 'lesson step 1: no coding item is called "no-such-case"',
    })
  })

  it('a lesson travels in a scenario file too, and a file with a bad lesson is refused whole', () => {
    const session = { scenario: EMPTY_SCENARIO, settings: DEFAULT_SETTINGS, view: defaultView(c) }
    const text = writeScenarioFile(session, [], { lesson: { plan: PLAN, role: 'teacher' } })
    const read = readScenarioFile(text, c)
    expect(read.ok && read.file.lesson).toEqual({ plan: PLAN, role: 'teacher' })
    const bad = text.replace('"VNM-RUS"', '"VNM-XXX"')
    expect(readScenarioFile(bad, c)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/VNM-XXX/),
    })
  })

  it('a lesson about a pair of the teacher’s own cases carries them, so students can open it', () => {
    const { cases } = readUserCases(readFileSync('public/case-template.json', 'utf8'), 'json')
    if (!cases) throw new Error('the template should read')
    const onEthiopia: LessonPlan = {
      ...PLAN,
      steps: [
        {
          exercise: {
            ...(PLAN.steps[0] as { exercise: LessonExercise }).exercise,
            watch: { dyad: 'RUS-ETH', from: 1975, to: 1985 },
          },
        },
      ],
    }
    // Without the cases, a student's page does not know the pair: the link says so.
    expect(readLessonLink(writeLessonLink(onEthiopia, 'student'), c)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/unknown pair "RUS-ETH"/),
    })
    const read = readLessonLink(writeLessonLink(onEthiopia, 'student', cases), c)
    expect(read).toMatchObject({ ok: true, cases })
  })

  it('answer codes made for the lesson read for it, and not for another', () => {
    const lesson = answerLessonOf(PLAN)
    expect(lesson.items.map((i) => i.id)).toEqual(['vnm-lao-1977', 'chn-rus-end'])
    expect(lesson.exercises).toEqual(['ex-000001'])
    const written = writeAnswerCode(
      {
        nickname: 'Lan',
        codes: { 'vnm-lao-1977': { alliance: 'no' }, 'vnm-khm-1979': { alliance: 'yes' } },
        answers: { 'ex-000001': { prediction: 'yes', revealed: true } },
      },
      lesson,
    )
    if (!written.ok) throw new Error(written.problem)
    // Only what the lesson asks travels.
    expect(written.work.codes).toEqual({ 'vnm-lao-1977': { alliance: 'no' } })
    expect(readAnswerCode(written.code, lesson)).toMatchObject({ ok: true })
    expect(readAnswerCode(written.code)).toMatchObject({ ok: false })
  })
})

// Short texts keep 10,000 runs quick; the limits themselves are tested with the schema.
const text = (max: number) => fc.string({ unit: 'binary', maxLength: max })
const exercise = fc.record({
  id: fc.stringMatching(/^ex-[a-z0-9]{6}$/),
  title: text(40).filter((t) => t.length > 0),
  question: text(60).filter((t) => t.length > 0),
  watch: fc
    .tuple(
      fc.integer({ min: c.firstYear, max: c.lastYear }),
      fc.integer({ min: c.firstYear, max: c.lastYear }),
    )
    .chain(([a, b]) =>
      fc.record({
        dyad: fc.constantFrom(...c.dyads.map((d) => d.id)),
        from: fc.constant(Math.min(a, b)),
        to: fc.constant(Math.max(a, b)),
      }),
    ),
  changes: fc.array(arbitraryChange, { maxLength: 6 }),
  choices: fc.record({
    yes: text(20).filter((t) => t.length > 0),
    no: text(20).filter((t) => t.length > 0),
    unsure: text(20).filter((t) => t.length > 0),
  }),
  explanation: text(60),
  notes: fc.option(text(60), { nil: undefined }),
})
const plan: fc.Arbitrary<LessonPlan> = fc
  .record({
    id: fc.stringMatching(/^lesson-[a-z0-9]{6}$/),
    title: text(40).filter((t) => t.length > 0),
    steps: fc.array(
      fc.oneof(
        exercise.map((e) => {
          const { notes, ...rest } = e
          return { exercise: notes === undefined ? rest : { ...rest, notes } }
        }),
        fc.constantFrom(...CODING_ITEMS.map((i) => ({ item: i.id }))),
      ),
      { maxLength: 5 },
    ),
  })
  .map(cleanPlan)

/** JSON text with every object's keys sorted: equal for deeply equal values. */
const canon = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  )

describe('lesson links under fuzzing', () => {
  // 10,000 generated inputs take a few seconds on a busy 2-core machine; a minute leaves room.
  it(
    'every lesson round-trips through both links, nothing lost but the notes for students',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(plan, (p) => {
          // Compared as JSON text with sorted keys (expect's deep equality is slow over 20,000
          // lessons).
          const same = (a: unknown, b: unknown) => canon(a) === canon(b)
          const teacher = readLessonLink(writeLessonLink(p, 'teacher'), c)
          const student = readLessonLink(writeLessonLink(p, 'student'), c)
          return (
            same(teacher, { ok: true, lesson: { plan: p, role: 'teacher' } }) &&
            same(student, { ok: true, lesson: { plan: studentCopy(p), role: 'student' } })
          )
        }),
        { numRuns: fuzzRuns(10_000) },
      )
    },
  )

  it(
    'damaged, cut or hostile links never throw and are refused or read as valid lessons',
    { timeout: 60_000 },
    () => {
      const damaged = fc.oneof(
        fc.string({ maxLength: 300 }).map((s) => `lesson=${s}`),
        fc.string({ maxLength: 300 }).map((s) => `lesson=1.${s}`),
        fc.tuple(plan, fc.nat(), fc.string({ maxLength: 3 })).map(([p, at, s]) => {
          const link = writeLessonLink(p, 'teacher')
          const k = at % (link.length + 1)
          return link.slice(0, k) + s + link.slice(k + 1)
        }),
        fc.jsonValue().map(
          (v) =>
            `lesson=1.${btoa(unescape(encodeURIComponent(JSON.stringify(v) ?? '')))
              .replace(/\+/g, '-')
              .replace(/\//g, '_')
              .replace(/=+$/, '')}`,
        ),
      )
      fc.assert(
        fc.property(damaged, (input) => {
          const read = readLessonLink(input, c)
          if (read.ok) expect(cleanPlan(read.lesson.plan)).toEqual(read.lesson.plan)
          else expect(read.problem.length).toBeGreaterThan(0)
        }),
        { numRuns: fuzzRuns(10_000) },
      )
    },
  )
})
