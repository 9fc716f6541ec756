// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CODING_ITEMS } from '@/data/coding-items'
import { EXERCISES } from '@/data/exercises'
import type { Code } from '@/model/coding'
import { LIMITS } from '@/model/limits'
import {
  BUILTIN_LESSON,
  MAX_ANSWER_CODE_CHARS,
  MAX_CLASS_CODES,
  cleanNickname,
  cleanReason,
  lessonFingerprint,
  lessonOf,
  maxAnswerCodeChars,
  readAnswerCode,
  readAnswerCodes,
  writeAnswerCode,
  type HandedIn,
  type HandedInAnswer,
  type StudentWork,
} from '@/share/answer-code'
import { fuzzRuns } from '../fuzz'

const lesson = BUILTIN_LESSON

/** A student's work as the explorer would have it after an ordinary lesson. */
const MINH: StudentWork = {
  nickname: 'Minh',
  codes: {
    'vnm-lao-1977': { defence: 'no', alliance: 'yes', reason: 'Only consultation, but troops.' },
    'vnm-rus-1978': { defence: 'no', alliance: 'yes', reason: 'Art. 6 is consultation.' },
    'vnm-khm-1979': { defence: 'yes', alliance: 'yes', reason: 'Troops in Cambodia.' },
    'chn-vnm-1954': { alliance: 'yes', reason: 'Aid and advisers, no treaty.' },
    'vnm-prk-1954': { alliance: 'no', reason: 'Không có hiệp ước.' },
    'chn-rus-end': { end: 1969, reason: 'Ussuri clashes.' },
    'chn-prk-1950': { alliance: 'unsure', reason: '中国人民志愿军' },
    'vnm-rus-threat-1992': { threat: 'no', reason: 'No common enemy.' },
  },
  answers: {
    'russia-stays-communist': { prediction: 'yes', reason: 'Ideology first', revealed: true },
    'no-sino-soviet-split': {
      prediction: 'no',
      revealed: true,
      after: 'yes',
      explanation: 'Changed my mind.',
    },
    'hanoi-beijing-stay-comrades': { prediction: 'unsure' },
  },
}

function codeOf(work: StudentWork, l = lesson): string {
  const r = writeAnswerCode(work, l)
  if (!r.ok) throw new Error(r.problem)
  return r.code
}

// An independent reading of the format, for building tampered codes with a correct check.
function fnv(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}
const wrap = (json: string) => {
  const payload = Buffer.from(json, 'utf8').toString('base64url')
  return `AE1-${fnv(payload).toString(36).padStart(7, '0')}${payload}`
}
const unwrap = (code: string): unknown =>
  JSON.parse(Buffer.from(code.slice(11), 'base64url').toString('utf8'))

describe('writing and reading one code', () => {
  it('carries a realistic student’s work in a few hundred characters and reads it back', () => {
    const r = writeAnswerCode(MINH)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.code).toMatch(/^AE1-[0-9a-z]{7}[A-Za-z0-9_-]+$/)
    expect(r.code.length).toBeLessThan(600)
    expect(readAnswerCode(r.code)).toEqual({ ok: true, work: r.work })
    // Everything the store holds that the lesson asks for, and nothing else.
    expect(r.work.codes['chn-rus-end']).toEqual({ end: 1969, reason: 'Ussuri clashes.' })
    expect(r.work.codes['chn-prk-1950']).toEqual({ alliance: 'unsure', reason: '中国人民志愿军' })
    expect(r.work.answers).toEqual({
      'russia-stays-communist': { prediction: 'yes', reason: 'Ideology first', revealed: true },
      'no-sino-soviet-split': { prediction: 'no', revealed: true, after: 'yes' },
      'hanoi-beijing-stay-comrades': { prediction: 'unsure' },
    })
  })

  it('writes the answer after the reveal as a third mark, only when there is one', () => {
    const wire = unwrap(codeOf(MINH)) as unknown[]
    // Exercise 1 was revealed but not answered again, exercise 2 was: no to yes.
    expect((wire[4] as unknown[]).slice(0, 3)).toEqual([['yr', 'Ideology first'], 'nry', 'u.'])
    for (const after of ['yes', 'no', 'unsure'] as const) {
      const w: StudentWork = {
        nickname: 'Vy',
        codes: {},
        answers: { 'no-south-china-sea-dispute': { prediction: 'no', revealed: true, after } },
      }
      const r = writeAnswerCode(w)
      expect(r.ok && readAnswerCode(r.code)).toEqual({ ok: true, work: r.ok && r.work })
      expect(r.ok && r.work.answers['no-south-china-sea-dispute']).toEqual({
        prediction: 'no',
        revealed: true,
        after,
      })
    }
  })

  it('reads a code written before the third mark existed exactly as it did then', () => {
    // Written by the explorer before it asked again after the reveal (two marks per exercise).
    const old =
      'AE1-05cblloWyJidWlsdGluIiwiMTgyaWsxNCIsIlRodSIsWyJueSIsMCwwLDAsMCwwLDAsMF0sW1sieXIiLCJJZGVvbG9neSBmaXJzdCJdLCJuLiIsMCwwLDAsMF1d'
    const expected: HandedIn = {
      lesson: 'builtin',
      nickname: 'Thu',
      codes: { 'vnm-lao-1977': { alliance: 'yes', defence: 'no' } },
      answers: {
        'russia-stays-communist': { prediction: 'yes', reason: 'Ideology first', revealed: true },
        'no-sino-soviet-split': { prediction: 'no' },
      },
    }
    // It was written before the case library added four exercises: it reads as that version.
    expect(readAnswerCode(old)).toEqual({ ok: true, work: expected })
    // The same work written today holds ten exercises, and reads back the same.
    const now = writeAnswerCode(expected)
    if (!now.ok) throw new Error('not written')
    expect(now.code).not.toBe(old)
    expect(readAnswerCode(now.code)).toEqual({ ok: true, work: expected })
  })

  it('keeps only what each item asks and what belongs to the lesson', () => {
    const r = writeAnswerCode({
      nickname: '  Lan \n Anh ',
      codes: {
        // Asks defence and alliance: no threat, no end year.
        'vnm-lao-1977': { defence: 'yes', threat: 'yes', end: 1980 },
        // An end year the item does not offer is no answer.
        'chn-rus-end': { end: 1975 },
        'not-in-this-lesson': { alliance: 'yes' },
        'chn-vnm-1954': { reason: '' },
      },
      answers: { 'no-such-exercise': { prediction: 'yes' }, 'russia-stays-communist': {} },
    })
    expect(r).toEqual({
      ok: true,
      code: expect.any(String),
      work: {
        lesson: 'builtin',
        nickname: 'Lan Anh',
        codes: { 'vnm-lao-1977': { defence: 'yes' } },
        answers: {},
      },
    })
  })

  it('will not write a code without a nickname', () => {
    expect(writeAnswerCode({ ...MINH, nickname: ' \n\u0007 ' })).toEqual({
      ok: false,
      problem: 'write your nickname first',
    })
  })

  it('reads a code wrapped by a chat app: line breaks, spaces, tabs, invisible breaks', () => {
    const code = codeOf(MINH)
    const expected = readAnswerCode(code)
    expect(expected.ok).toBe(true)
    for (const sep of ['\n', '\r\n', ' ', '\t', '\u200B', ' \n  ', '\u00AD\n']) {
      const wrapped = `  ${code.replace(/(.{37})/g, `$1${sep}`)}\n`
      expect(readAnswerCode(wrapped)).toEqual(expected)
    }
  })

  it('names the problem of what is not a code, a cut code, a changed code', () => {
    const code = codeOf(MINH)
    expect(readAnswerCode('hello teacher')).toEqual({
      ok: false,
      problem: 'not an answer code (answer codes start with AE1-)',
    })
    expect(readAnswerCode('')).toMatchObject({ ok: false, problem: /^not an answer code/ })
    expect(readAnswerCode(code.slice(0, -20))).toEqual({
      ok: false,
      problem: 'damaged: part of it is missing or changed (copy the whole code again)',
      nickname: 'Minh',
    })
    const flipped = code.slice(0, 60) + (code[60] === 'A' ? 'B' : 'A') + code.slice(61)
    expect(readAnswerCode(flipped)).toMatchObject({ ok: false, problem: /^damaged: part of it/ })
    expect(readAnswerCode(code.replace('AE1-', 'AE2-'))).toMatchObject({
      ok: false,
      problem: /^made by a newer version of the explorer \(AE2-\)/,
    })
  })

  it('refuses a well-checked code whose contents the explorer would not write', () => {
    const wire = unwrap(codeOf(MINH)) as unknown[]
    const tampered = (f: (w: unknown[]) => void) => {
      const w = structuredClone(wire)
      f(w)
      return readAnswerCode(wrap(JSON.stringify(w)))
    }
    expect(tampered(() => {})).toMatchObject({ ok: true })
    expect(
      tampered((w) => ((w[3] as unknown[])[0] = ['nx', 'reason'])), // "x" answers nothing
    ).toMatchObject({
      ok: false,
      problem: 'damaged: case 1 (vnm-lao-1977): “x” is no answer to its alliance question',
      nickname: 'Minh',
    })
    expect(tampered((w) => ((w[3] as unknown[])[5] = '5'))).toMatchObject({
      problem: 'damaged: case 6 (chn-rus-end): “5” is not one of its end years',
    })
    expect(
      tampered((w) => ((w[3] as unknown[])[0] = ['ny', 'x'.repeat(LIMITS.reason + 1)])),
    ).toMatchObject({
      ok: false,
      problem: /^damaged: at 3\.0\.1: /,
    })
    expect(tampered((w) => ((w[3] as unknown[])[0] = ['ny', 'bell \u0007']))).toMatchObject({
      ok: false,
      problem: 'damaged: a reason is not clean text',
    })
    expect(tampered((w) => (w[2] = 'x'.repeat(LIMITS.nickname + 1)))).toMatchObject({
      ok: false,
      problem: /^damaged: at 2: /,
    })
    expect(tampered((w) => (w[2] = ''))).toMatchObject({ ok: false, problem: /^damaged: at 2: / })
    expect(tampered((w) => (w[4] as unknown[]).push(0))).toMatchObject({
      ok: false,
      problem: /^damaged: at 4: /,
    })
    expect(tampered((w) => ((w[4] as unknown[])[3] = '..'))).toMatchObject({
      ok: false,
      problem: 'damaged: it is not written the way the explorer writes codes',
    })
    // The third mark is an answer or absent: not ".", not anything else, and no fourth.
    for (const marks of ['yr.', 'yrr', 'yrx', 'yrny', 'y'])
      expect(tampered((w) => ((w[4] as unknown[])[1] = marks))).toEqual({
        ok: false,
        problem: `damaged: exercise 2: “${marks}” is no answer`,
        nickname: 'Minh',
      })
    // With or without the reveal, an answer after it is read as written.
    expect(tampered((w) => ((w[4] as unknown[])[3] = '.ry'))).toMatchObject({
      ok: true,
      work: { answers: { 'north-korea-abandons-communism': { revealed: true, after: 'yes' } } },
    })
    expect(readAnswerCode(wrap('[1,2'))).toEqual({
      ok: false,
      problem: 'damaged: its contents are not readable',
    })
  })
})

describe('lessons', () => {
  it('fingerprints the built-in lesson from its items, questions, end years and exercises', () => {
    expect(lesson.id).toBe('builtin')
    expect(lesson.fingerprint).toMatch(/^[0-9a-z]{1,7}$/)
    expect(lessonFingerprint(CODING_ITEMS, EXERCISES)).toBe(lesson.fingerprint)
    const changed = [
      lessonFingerprint(CODING_ITEMS.slice(1), EXERCISES),
      lessonFingerprint([...CODING_ITEMS].reverse(), EXERCISES),
      lessonFingerprint(
        CODING_ITEMS.map((i) => (i.endChoices ? { ...i, endChoices: [1960, 1969] } : i)),
        EXERCISES,
      ),
      lessonFingerprint(
        CODING_ITEMS.map((i, n) => (n === 0 ? { ...i, asks: ['alliance' as const] } : i)),
        EXERCISES,
      ),
      lessonFingerprint(CODING_ITEMS, EXERCISES.slice(0, -1)),
    ]
    expect(new Set([lesson.fingerprint, ...changed]).size).toBe(6)
  })

  it('refuses a code made for another lesson, or for a changed version of this one', () => {
    const week3 = lessonOf('week-3', CODING_ITEMS, EXERCISES)
    expect(readAnswerCode(codeOf(MINH, week3))).toEqual({
      ok: false,
      problem: 'made for another lesson (“week-3”)',
      nickname: 'Minh',
    })
    const older = lessonOf('builtin', CODING_ITEMS.slice(0, 7), EXERCISES)
    expect(readAnswerCode(codeOf(MINH, older))).toEqual({
      ok: false,
      problem:
        'made for another lesson (a different version of “builtin”: its cases or exercises have changed)',
      nickname: 'Minh',
    })
    // A lesson with an item this one does not have: positions would mean other cases.
    const other = lessonOf(
      'builtin',
      [...CODING_ITEMS.slice(0, 7), { id: 'made-up', asks: ['alliance'] }],
      EXERCISES,
    )
    const code = codeOf(
      { nickname: 'Huy', codes: { 'made-up': { alliance: 'yes' } }, answers: {} },
      other,
    )
    expect(readAnswerCode(code)).toMatchObject({ ok: false, problem: /^made for another lesson/ })
    expect(readAnswerCode(code, other)).toMatchObject({ ok: true })
    // A lesson's id goes into every code: it is named like an item id.
    expect(() => lessonOf('Week 3', CODING_ITEMS, EXERCISES)).toThrow(/named like an item id/)
  })
})

// ---------------------------------------------------------------------------------------------

const text = (max: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: max - 5, maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
  )
const reason = fc.option(text(LIMITS.reason).map(cleanReason), { nil: undefined })
const nickname = text(LIMITS.nickname)
  .map(cleanNickname)
  .filter((n) => n.length > 0)

const yesNo = fc.constantFrom('yes' as const, 'no' as const)
const codeFor = (item: (typeof CODING_ITEMS)[number]): fc.Arbitrary<Code> =>
  fc
    .record(
      {
        alliance: item.asks.includes('alliance')
          ? fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const)
          : fc.constant(undefined),
        defence: item.asks.includes('defence') ? yesNo : fc.constant(undefined),
        threat: item.asks.includes('threat') ? yesNo : fc.constant(undefined),
        end: item.asks.includes('end')
          ? fc.constantFrom(...item.endChoices!)
          : fc.constant(undefined),
        reason,
      },
      { requiredKeys: [] },
    )
    .map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Code)
    .filter((c) => Object.keys(c).length > 0)

const answer: fc.Arbitrary<HandedInAnswer> = fc
  .record(
    {
      prediction: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
      reason,
      revealed: fc.constant(true as const),
      after: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
    },
    { requiredKeys: [] },
  )
  .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)))
  .filter((a) => Object.keys(a).length > 0)

/** Any work a code can carry for the built-in lesson, in the form the reader gives it back. */
const validWork: fc.Arbitrary<HandedIn> = fc.record({
  lesson: fc.constant('builtin'),
  nickname,
  codes: fc
    .tuple(...CODING_ITEMS.map((item) => fc.option(codeFor(item), { nil: undefined })))
    .map((codes) =>
      Object.fromEntries(codes.flatMap((c, i) => (c ? [[CODING_ITEMS[i]!.id, c] as const] : []))),
    ),
  answers: fc
    .tuple(...EXERCISES.map(() => fc.option(answer, { nil: undefined })))
    .map((as) =>
      Object.fromEntries(as.flatMap((a, i) => (a ? [[EXERCISES[i]!.preset, a] as const] : []))),
    ),
})

/** Whatever the store might hold, and worse: the writer keeps what fits. */
const messyWork: fc.Arbitrary<StudentWork> = fc.record({
  nickname: fc.string({ unit: 'binary', maxLength: 60 }),
  codes: fc.dictionary(
    fc.oneof(fc.constantFrom(...CODING_ITEMS.map((i) => i.id)), fc.string({ maxLength: 12 })),
    fc.record(
      {
        alliance: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
        defence: yesNo,
        threat: yesNo,
        end: fc.integer({ min: 1940, max: 2030 }),
        reason: fc.string({ unit: 'binary-ascii', maxLength: 1200 }),
      },
      { requiredKeys: [] },
    ),
  ),
  answers: fc.dictionary(
    fc.oneof(fc.constantFrom(...EXERCISES.map((e) => e.preset)), fc.string({ maxLength: 12 })),
    fc.record(
      {
        prediction: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
        reason: fc.string({ unit: 'binary', maxLength: 60 }),
        revealed: fc.boolean(),
        after: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
        explanation: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    ),
  ),
})

describe('round trip', () => {
  it('gives back exactly the work it carries, whatever the language of the reasons', () => {
    fc.assert(
      fc.property(validWork, (work) => {
        const r = writeAnswerCode(work)
        expect(r).toEqual({ ok: true, code: expect.any(String), work })
        if (!r.ok) return
        expect(r.code.length).toBeLessThanOrEqual(MAX_ANSWER_CODE_CHARS)
        expect(readAnswerCode(r.code)).toEqual({ ok: true, work })
      }),
      { numRuns: 300 },
    )
  })

  it('never writes a code the reader refuses, whatever the store holds', () => {
    fc.assert(
      fc.property(messyWork, (work) => {
        const r = writeAnswerCode(work)
        if (r.ok) expect(readAnswerCode(r.code)).toEqual({ ok: true, work: r.work })
        else expect(cleanNickname(work.nickname)).toBe('')
      }),
      { numRuns: 300 },
    )
  })
})

describe('the size cap', () => {
  /** Every item and exercise answered, every text at its limit in characters of a kind. */
  const largest = (char: string): StudentWork => {
    const fill = (max: number) => char.repeat(Math.floor(max / char.length))
    const codes = Object.fromEntries(
      CODING_ITEMS.map((item) => [
        item.id,
        {
          alliance: 'unsure',
          defence: 'yes',
          threat: 'no',
          end: item.endChoices?.at(-1),
          reason: fill(LIMITS.reason),
        } as Code,
      ]),
    )
    const answers = Object.fromEntries(
      EXERCISES.map((e) => [
        e.preset,
        {
          prediction: 'unsure' as const,
          revealed: true,
          after: 'unsure' as const,
          reason: fill(LIMITS.reason),
        },
      ]),
    )
    return { nickname: '中'.repeat(LIMITS.nickname), codes, answers }
  }

  it('fits the largest valid work, written in characters that take the most room', () => {
    expect(MAX_ANSWER_CODE_CHARS).toBe(maxAnswerCodeChars(lesson))
    let longest = 0
    for (const char of ['中', '"', '\\', '\n', '\t', '😀', 'ệ', '\u2028']) {
      const r = writeAnswerCode(largest(char))
      expect(r.ok).toBe(true)
      if (!r.ok) continue
      expect(r.code.length).toBeLessThanOrEqual(MAX_ANSWER_CODE_CHARS)
      expect(readAnswerCode(r.code)).toEqual({ ok: true, work: r.work })
      longest = Math.max(longest, r.code.length)
    }
    // The cap is no looser than it needs to be: the largest work reaches it, but for the two
    // characters of base64 padding a code leaves out.
    expect(longest).toBeGreaterThanOrEqual(MAX_ANSWER_CODE_CHARS - 2)
  })

  it('refuses anything longer, without reading it', () => {
    const huge = `AE1-${'A'.repeat(MAX_ANSWER_CODE_CHARS)}`
    expect(readAnswerCode(huge)).toEqual({
      ok: false,
      problem: `too long: ${huge.length} characters, more than any answer code of this lesson (${MAX_ANSWER_CODE_CHARS})`,
    })
    expect(readAnswerCode('x'.repeat(10 * MAX_ANSWER_CODE_CHARS))).toMatchObject({
      ok: false,
      problem: /^too long/,
    })
  })
})

// ---------------------------------------------------------------------------------------------

const LAN: StudentWork = {
  nickname: 'Lan',
  codes: { 'chn-vnm-1954': { alliance: 'no', reason: 'Không có hiệp ước, chỉ có viện trợ.' } },
  answers: { 'russia-stays-communist': { prediction: 'no' } },
}
const HUY: StudentWork = { nickname: 'Huy', codes: { 'chn-rus-end': { end: 1960 } }, answers: {} }
const work = (w: StudentWork) => {
  const r = writeAnswerCode(w)
  if (!r.ok) throw new Error(r.problem)
  return r.work
}

describe('many codes at once', () => {
  it('reads a column pasted from a spreadsheet, with a header, blanks and a wrapped cell', () => {
    const lan = codeOf(LAN)
    const huy = codeOf(HUY)
    const wrappedMinh = `"${codeOf(MINH).replace(/(.{60})/g, '$1\n')}"`
    const column = ['Answer code', lan, '', wrappedMinh, huy, ''].join('\r\n')
    expect(readAnswerCodes(column)).toEqual({
      accepted: [work(LAN), work(MINH), work(HUY)],
      problems: [],
    })
    // Two columns, nickname then code, as a form's responses sheet has them.
    const sheet = `Timestamp\tNickname\tCode\n2026-11-30 09:01\tLan\t${lan}\n2026-11-30 09:02\tHuy\t${huy}\n`
    expect(readAnswerCodes(sheet).accepted).toEqual([work(LAN), work(HUY)])
  })

  it('reads a chat log: names before codes, wrapped codes, chatter, a cut code, a second try', () => {
    const minhBefore = codeOf({ ...MINH, nickname: 'minh ' })
    const cut = codeOf(HUY).slice(0, -6)
    const log = [
      `[09:12] Minh: here is mine ${minhBefore}`,
      `[09:13] Lan: ${codeOf(LAN).replace(/(.{45})/g, '$1\n')}`,
      '[09:14] Teacher: thanks, keep them coming!',
      `[09:15] Huy: ${cut}`,
      '[09:15] Huy: oops',
      `[09:20] Minh: sorry, changed an answer; ${codeOf(MINH)} ok?`,
    ].join('\n')
    const lineOf = (start: string) => log.split('\n').findIndex((l) => l.startsWith(start)) + 1
    const r = readAnswerCodes(log)
    expect(r.accepted).toEqual([work(LAN), work(MINH)])
    expect(r.problems).toEqual([
      {
        line: 1,
        nickname: 'minh',
        problem: `replaced by the later code of the same nickname on line ${lineOf('[09:20]')}`,
      },
      {
        line: lineOf('[09:15] Huy: AE1-'),
        nickname: 'Huy',
        problem: 'damaged: part of it is missing or changed (copy the whole code again)',
      },
    ])
  })

  it('joins a code broken at any width, even inside its check, and keeps the chatter after it', () => {
    const code = codeOf(MINH)
    for (const width of [4, 5, 9, 11, 64, 76]) {
      const broken = code.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n')
      expect(readAnswerCodes(`Minh:\n${broken}\nthanks teacher\n${codeOf(LAN)}`)).toEqual({
        accepted: [work(MINH), work(LAN)],
        problems: [],
      })
    }
  })

  it('reads several codes on a line, separated by spaces, commas or semicolons', () => {
    const [lan, huy, minh] = [codeOf(LAN), codeOf(HUY), codeOf(MINH)]
    for (const line of [
      `${lan} ${huy} ${minh}`,
      `${lan},${huy}, ${minh}`,
      `${lan};${huy} ; ${minh};`,
    ])
      expect(readAnswerCodes(line)).toEqual({
        accepted: [work(LAN), work(HUY), work(MINH)],
        problems: [],
      })
  })

  it('reports what it cannot read by line, and another lesson’s codes by name', () => {
    const week3 = lessonOf('week-3', CODING_ITEMS, EXERCISES)
    const pasted = [codeOf(LAN), 'AE1-garbage-and-more', codeOf(HUY, week3), 'AE7-0000000abc'].join(
      '\n',
    )
    expect(readAnswerCodes(pasted)).toEqual({
      accepted: [work(LAN)],
      problems: [
        {
          line: 2,
          problem: 'damaged: part of it is missing or changed (copy the whole code again)',
        },
        { line: 3, nickname: 'Huy', problem: 'made for another lesson (“week-3”)' },
        { line: 4, problem: expect.stringMatching(/^made by a newer version/) },
      ],
    })
    expect(readAnswerCodes('no codes here, sorry')).toEqual({
      accepted: [],
      problems: [{ line: 1, problem: 'no answer codes found (answer codes start with AE1-)' }],
    })
    expect(readAnswerCodes('  \n ')).toEqual({ accepted: [], problems: [] })
  })

  it(`reads at most ${MAX_CLASS_CODES} codes from one paste`, () => {
    const codes = Array.from({ length: MAX_CLASS_CODES + 2 }, (_, i) =>
      codeOf({ ...HUY, nickname: `S${i}` }),
    )
    const r = readAnswerCodes(codes.join('\n'))
    expect(r.accepted).toHaveLength(MAX_CLASS_CODES)
    expect(r.problems).toEqual([
      {
        line: MAX_CLASS_CODES + 1,
        problem: `more than ${MAX_CLASS_CODES} codes in one paste: paste the rest separately`,
      },
    ])
  })
})

// ---------------------------------------------------------------------------------------------

/** True when the work is exactly what the writer would carry for it (so it is valid). */
function valid(w: HandedIn): boolean {
  const r = writeAnswerCode(w)
  return r.ok && JSON.stringify(r.work) === JSON.stringify(w) && w.lesson === 'builtin'
}

const CODE_START = /(?<![A-Za-z0-9_-])AE\d{1,4}-/g
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

describe('hostile input', () => {
  const samples = [MINH, LAN, HUY].map((w) => codeOf(w))
  const sample = fc.constantFrom(...samples)
  const jsonValue = fc.jsonValue({ maxDepth: 3 })
  const marks = fc.string({ unit: fc.constantFrom(...'ynu.r012x'.split('')), maxLength: 3 })
  const plausible = fc.oneof(
    marks,
    fc.constant(0),
    fc.tuple(marks, fc.string({ maxLength: 5 })),
    fc.string({ unit: 'binary', maxLength: 8 }),
  )
  const some = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary })
  const hostile = fc.oneof(
    some(20, fc.string({ unit: 'binary', maxLength: 200 })),
    some(
      20,
      fc.string({ unit: fc.constantFrom(...B64.split('')), maxLength: 300 }).map((s) => `AE1-${s}`),
    ),
    // Cut anywhere.
    some(
      20,
      fc.tuple(sample, fc.nat()).map(([c, n]) => c.slice(0, n % c.length)),
    ),
    // One character changed, or a few bits of it.
    some(
      20,
      fc.tuple(sample, fc.nat(), fc.integer({ min: 1, max: 63 })).map(([c, n, d]) => {
        const i = n % c.length
        const j = B64.indexOf(c[i]!)
        return c.slice(0, i) + (j < 0 ? 'A' : B64[(j + d) % 64]) + c.slice(i + 1)
      }),
    ),
    // Valid codes whose contents were changed and checked again: any JSON, or values that look
    // like the format's own (marks, entries, names).
    some(
      30,
      fc
        .tuple(
          sample,
          fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
          fc.oneof(jsonValue, plausible),
          fc.boolean(),
        )
        .map(([c, path, value, push]) => {
          const wire = unwrap(c) as unknown[]
          let at: unknown = wire
          for (const n of path.slice(0, -1))
            if (Array.isArray(at) && at.length) at = at[n % at.length]
          if (Array.isArray(at)) {
            if (push) at.push(value)
            else at[path.at(-1)! % Math.max(1, at.length)] = value
          }
          return wrap(JSON.stringify(wire))
        }),
    ),
    some(
      10,
      jsonValue.map((v) => wrap(JSON.stringify(v))),
    ),
    // Huge.
    some(
      1,
      fc.constantFrom(
        `AE1-${'A'.repeat(MAX_ANSWER_CODE_CHARS)}`,
        `${samples[0]}\n`.repeat(12),
        'AE1- '.repeat(5000),
        wrap(`[${'['.repeat(5000)}${']'.repeat(5000)}]`),
      ),
    ),
    // Pastes mixing all of it.
    some(
      10,
      fc
        .array(fc.oneof(sample, fc.string({ maxLength: 30 })), { maxLength: 6 })
        .map((parts) => parts.join('\n')),
    ),
  )

  // 10,000 inputs take 3 to 8 s on a busy 2-core machine: a minute leaves room to spare.
  it(
    'never throws, never accepts anything invalid, never accepts more codes than given',
    {
      timeout: 60_000,
    },
    () => {
      fc.assert(
        fc.property(hostile, (input) => {
          const one = readAnswerCode(input)
          if (one.ok) {
            expect(valid(one.work)).toBe(true)
            expect(writeAnswerCode(one.work)).toMatchObject({ code: input.replace(/\s+/g, '') })
          } else expect(one.problem).toMatch(/^(not an answer code|made |damaged: |too long: )/)
          const many = readAnswerCodes(input)
          const given = input.match(CODE_START)?.length ?? 0
          expect(many.accepted.length).toBeLessThanOrEqual(given)
          for (const w of many.accepted) expect(valid(w)).toBe(true)
          const names = many.accepted.map((w) => w.nickname.toLowerCase())
          expect(new Set(names).size).toBe(names.length)
        }),
        { numRuns: fuzzRuns(10_000) },
      )
    },
  )
})
