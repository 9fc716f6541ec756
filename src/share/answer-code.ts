import { CODING_ITEMS } from '@/data/coding-items'
import { EXERCISES } from '@/data/exercises'
import { text, type KeyOf } from '@/i18n/catalogue'
import type { Params } from '@/i18n/format'
import { fromBase64url, toBase64url } from '@/lib/base64url'
import { stripControl } from '@/lib/text'
import { z } from '@/lib/zod'
import {
  codeOf,
  ITEM_ID,
  type Code,
  type Codes,
  type CodingItem,
  type Question,
} from '@/model/coding'
import { clip, LIMITS } from '@/model/limits'
import type { Prediction } from '@/model/vocabulary'
import type { ExerciseAnswer } from '@/store/explorer-store'
import { answerCodeWords } from './answer-code.en'
import { AnswersSchema, CodesSchema } from './schema'
import { inLanguage } from './zod-language'

/*
 * The answer code: how a student hands work in when the class has no server. The student copies
 * one short line into a chat or a form; the teacher pastes many at once into "Class results".
 *
 *   AE1-<check><payload>
 *
 * AE1-     the format's tag and version ("answer code, version 1"), so a code stands out from chatter
 * check    7 base36 characters: FNV-1a 32-bit of the payload text, so a code cut short or changed
 *          in one character is refused instead of read wrongly
 * payload  base64url (no padding) of the UTF-8 JSON array
 *            [lesson id, lesson fingerprint, nickname, items, exercises]
 *          items: one entry per coding item of the lesson, in its order; exercises: one per
 *          exercise. An entry is 0 (nothing), a marks string, or [marks, reason]. An item's marks
 *          have one character per question it asks, in order: y, n, u (unsure, alliance only) or
 *          "." (unanswered); an "end" answer is the index of the year in the item's endChoices in
 *          base36. An exercise's marks are the prediction (y, n, u or ".") and "r" if revealed
 *          (else "."), then, only when the student answered again after the reveal, that answer
 *          (y, n or u): "yr" or "yrn". The third mark came later; a code without it reads as
 *          before, and one that has it was answered again.
 * Positions stand for ids, so a code means something only for its lesson: the fingerprint (of
 * the items' ids, questions and end years and the exercises' ids) makes sure of that.
 *
 * The code is not compressed: the browser's CompressionStream is asynchronous only, and a hand-made
 * deflate is not worth its weight for a few hundred characters.
 *
 * Reading never throws. It accepts exactly what the writer makes: the value is checked with the
 * same schema as files (`./schema`) and then written again and compared.
 */

/** A problem's words in the language in use when it is found; counts and lines as written. */
const say = (key: KeyOf<typeof answerCodeWords>, params?: Params) =>
  text(answerCodeWords, key, params)

/** The format's tag and version; a code starts with `AE${ANSWER_CODE_VERSION}-`. */
export const ANSWER_CODE_VERSION = 1
const TAG = `AE${ANSWER_CODE_VERSION}-`
const CHECK_CHARS = 7
/** Most codes read from one paste; the rest are reported, not read. */
export const MAX_CLASS_CODES = 500

/**
 * The most text read as one paste or one set of answer files: 500 codes of a typical size with
 * the chatter of a chat log around them, many times over. Pasted or opened text is refused past
 * it, where it enters (the paste box's limit and the files' total size).
 */
export const MAX_CLASS_PASTE_CHARS = 2_000_000

/** A lesson as the answer code knows it: its items and exercises in order, and a fingerprint. */
export interface Lesson {
  readonly id: string
  readonly fingerprint: string
  readonly items: readonly Pick<CodingItem, 'id' | 'asks' | 'endChoices'>[]
  /** The exercises' preset ids, in order. */
  readonly exercises: readonly string[]
  /**
   * Earlier versions of the same lesson whose codes still read (the built-in lesson before the
   * case library added its exercises): a class mid-lesson across an update loses nothing.
   */
  readonly earlier?: readonly Lesson[]
}

/** FNV-1a 32-bit over UTF-16 code units (bytes, for ASCII text), continuing from `h`. */
function fnv1a(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}
const checkOf = (hash: number) => hash.toString(36).padStart(CHECK_CHARS, '0')

/** A short stable hash of what positions in a code mean: item ids with their questions and end
 * years, and exercise ids, all in order. Any change to them changes the fingerprint. */
export function lessonFingerprint(
  items: readonly Pick<CodingItem, 'id' | 'asks' | 'endChoices'>[],
  exercises: readonly { readonly preset: string }[],
): string {
  const text = [
    items.map((i) => `${i.id}:${i.asks.join(',')}:${(i.endChoices ?? []).join(',')}`).join(';'),
    exercises.map((e) => e.preset).join(';'),
  ].join('|')
  return fnv1a(text).toString(36)
}

/** A lesson from its id (named like an item id) and its items and exercises, in order. */
export function lessonOf(
  id: string,
  items: readonly Pick<CodingItem, 'id' | 'asks' | 'endChoices'>[],
  exercises: readonly { readonly preset: string }[],
): Lesson {
  if (!ITEM_ID.test(id)) throw new Error(`a lesson id is named like an item id, not “${id}”`)
  return {
    id,
    fingerprint: lessonFingerprint(items, exercises),
    items,
    exercises: exercises.map((e) => e.preset),
  }
}

/** The exercises the explorer shipped with before the case library: the essay's own six. */
const ESSAY_EXERCISES = [
  'russia-stays-communist',
  'no-sino-soviet-split',
  'hanoi-beijing-stay-comrades',
  'north-korea-abandons-communism',
  'vietnam-turns-non-communist',
  'no-south-china-sea-dispute',
].map((preset) => ({ preset }))

/**
 * The lesson the explorer ships with: its eight disputed cases and its exercises. Codes written
 * before the case library's exercises were added read as that earlier version.
 */
export const BUILTIN_LESSON: Lesson = {
  ...lessonOf('builtin', CODING_ITEMS, EXERCISES),
  earlier: [lessonOf('builtin', CODING_ITEMS, ESSAY_EXERCISES)],
}

/**
 * An exercise answer as handed in: the prediction, its reason, whether it was revealed and the
 * answer given after the reveal.
 */
export type HandedInAnswer = Pick<ExerciseAnswer, 'prediction' | 'reason' | 'revealed' | 'after'>

/** What the writer takes: the student's work as the store holds it. */
export interface StudentWork {
  readonly nickname: string
  readonly codes: Codes
  readonly answers: Readonly<Record<string, ExerciseAnswer>>
}

/**
 * A student's work as a code carries it. Only what answers the lesson is kept: codes of its items
 * (only the questions each asks, an end year only among the item's choices), answers to its
 * exercises (no explanation); no empty codes or answers, no empty reasons, `revealed` only when
 * true. Texts are free of control characters and unpaired surrogates and within their limits.
 */
export interface HandedIn {
  readonly lesson: string
  readonly nickname: string
  readonly codes: Codes
  readonly answers: Readonly<Record<string, HandedInAnswer>>
}

// ---------------------------------------------------------------------------------------------
// Texts

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD')

/** A reason as a code carries it (undefined when nothing is left). */
export function cleanReason(text: string | undefined): string | undefined {
  if (!text) return undefined
  const clean = wellFormed(clip(wellFormed(stripControl(text)), LIMITS.reason))
  return clean || undefined
}

/** A nickname as a code carries it: one line, single spaces, trimmed, within its limit. */
export function cleanNickname(text: string): string {
  const one = wellFormed(stripControl(text)).replace(/\s+/g, ' ').trim()
  return wellFormed(clip(one, LIMITS.nickname)).trim()
}

/** Nicknames that name the same student: case, spacing and Unicode composition aside. */
const studentKey = (nickname: string) => cleanNickname(nickname).normalize('NFC').toLowerCase()
export const sameStudent = (a: string, b: string) => studentKey(a) === studentKey(b)

// ---------------------------------------------------------------------------------------------
// Marks

const QUESTION_MARKS: Record<Question, readonly string[]> = {
  alliance: ['y', 'n', 'u'],
  defence: ['y', 'n'],
  threat: ['y', 'n'],
  end: [],
}
const MARK_ANSWER: Record<string, 'yes' | 'no' | 'unsure'> = { y: 'yes', n: 'no', u: 'unsure' }
const PREDICTION_MARK: Record<Prediction, string> = { yes: 'y', no: 'n', unsure: 'u' }
const MARK_PREDICTION: Record<string, Prediction> = { y: 'yes', n: 'no', u: 'unsure' }

type Item = Lesson['items'][number]

function itemMarks(item: Item, code: Code): string {
  return item.asks
    .map((q) => {
      if (q === 'end') {
        const i = code.end === undefined ? -1 : (item.endChoices ?? []).indexOf(code.end)
        return i >= 0 && i < 36 ? i.toString(36) : '.'
      }
      const v = code[q]
      return v && QUESTION_MARKS[q].includes(v[0]!) ? v[0]! : '.'
    })
    .join('')
}

/** The code the marks stand for, or a problem. */
function codeOfMarks(item: Item, marks: string): Code | string {
  if (marks.length !== item.asks.length)
    return say('marks.count', { n: String(marks.length), asks: String(item.asks.length) })
  const code: { -readonly [K in keyof Code]: Code[K] } = {}
  for (let k = 0; k < marks.length; k++) {
    const q = item.asks[k]!
    const m = marks[k]!
    if (m === '.') continue
    if (q === 'end') {
      const year = /^[0-9a-z]$/.test(m) ? (item.endChoices ?? [])[parseInt(m, 36)] : undefined
      if (year === undefined) return say('marks.end', { mark: m })
      code.end = year
    } else if (QUESTION_MARKS[q].includes(m)) {
      if (q === 'alliance') code.alliance = MARK_ANSWER[m]
      else code[q] = MARK_ANSWER[m] as 'yes' | 'no'
    } else return say('marks.answer', { mark: m, question: q })
  }
  return code
}

// ---------------------------------------------------------------------------------------------
// Writing

type Entry = 0 | string | readonly [string, string]
const entryOf = (marks: string, reason: string | undefined, empty: string): Entry =>
  reason ? [marks, reason] : marks === empty ? 0 : marks

/** Only what the lesson asks, cleaned: the value a code carries. */
export function handedIn(work: StudentWork, lesson: Lesson = BUILTIN_LESSON): HandedIn {
  const codes: Record<string, Code> = {}
  for (const item of lesson.items) {
    const code = codeOf(work.codes, item.id)
    if (!code) continue
    const read = codeOfMarks(item, itemMarks(item, code))
    const reason = cleanReason(code.reason)
    const kept = typeof read === 'string' ? {} : read
    if (Object.keys(kept).length > 0 || reason) codes[item.id] = reason ? { ...kept, reason } : kept
  }
  const answers: Record<string, HandedInAnswer> = {}
  for (const id of lesson.exercises) {
    const a = Object.hasOwn(work.answers, id) ? work.answers[id] : undefined
    if (!a) continue
    const prediction = a.prediction && a.prediction in PREDICTION_MARK ? a.prediction : undefined
    const after = a.after && Object.hasOwn(PREDICTION_MARK, a.after) ? a.after : undefined
    const reason = cleanReason(a.reason)
    const kept: { -readonly [K in keyof HandedInAnswer]: HandedInAnswer[K] } = {}
    if (prediction) kept.prediction = prediction
    if (reason) kept.reason = reason
    if (a.revealed === true) kept.revealed = true
    if (after) kept.after = after
    if (Object.keys(kept).length > 0) answers[id] = kept
  }
  return { lesson: lesson.id, nickname: cleanNickname(work.nickname), codes, answers }
}

function encode(work: HandedIn, lesson: Lesson): string {
  const items = lesson.items.map((item) => {
    const code = codeOf(work.codes, item.id)
    if (!code) return 0
    return entryOf(itemMarks(item, code), code.reason, '.'.repeat(item.asks.length))
  })
  const exercises = lesson.exercises.map((id) => {
    const a = Object.hasOwn(work.answers, id) ? work.answers[id] : undefined
    if (!a) return 0
    const marks =
      (a.prediction ? PREDICTION_MARK[a.prediction] : '.') +
      (a.revealed ? 'r' : '.') +
      (a.after ? PREDICTION_MARK[a.after] : '')
    return entryOf(marks, a.reason, '..')
  })
  const json = JSON.stringify([lesson.id, lesson.fingerprint, work.nickname, items, exercises])
  const payload = toBase64url(new TextEncoder().encode(json))
  return TAG + checkOf(fnv1a(payload)) + payload
}

export type WriteResult =
  | { readonly ok: true; readonly code: string; readonly work: HandedIn }
  | { readonly ok: false; readonly problem: string }

/**
 * The student's answer code for the lesson, and the work it carries (see `handedIn`). Refused only
 * without a nickname: the teacher could not tell whose work it is.
 */
export function writeAnswerCode(work: StudentWork, lesson: Lesson = BUILTIN_LESSON): WriteResult {
  const kept = handedIn(work, lesson)
  if (!kept.nickname) return { ok: false, problem: say('no-nickname') }
  return { ok: true, code: encode(kept, lesson), work: kept }
}

// ---------------------------------------------------------------------------------------------
// The size cap

/**
 * The longest code the lesson's largest valid work makes: every item and exercise answered, with
 * a reason and a nickname at their limits. A character of text takes at most 3 bytes of JSON
 * UTF-8 (a BMP character from U+0800 up; quotes, backslashes, tabs and line breaks escape to 2,
 * astral characters take 4 for their two code units; control characters and unpaired surrogates,
 * whose \u escapes take 6, never reach a code). Base64 turns 3 bytes into 4 characters.
 */
export function maxAnswerCodeChars(lesson: Lesson): number {
  let cap = caps.get(lesson)
  if (cap === undefined) caps.set(lesson, (cap = capOf(lesson)))
  return cap
}
const caps = new WeakMap<Lesson, number>()
function capOf(lesson: Lesson): number {
  const quoted = (bytes: number) => bytes + 2
  const list = (parts: readonly number[]) =>
    2 + parts.reduce((n, p) => n + p, 0) + Math.max(0, parts.length - 1)
  // [marks, reason]
  const entry = (marks: number) => list([quoted(marks), quoted(3 * LIMITS.reason)])
  const bytes = list([
    quoted(lesson.id.length), // ids and fingerprints are ASCII
    quoted(lesson.fingerprint.length),
    quoted(3 * LIMITS.nickname),
    list(lesson.items.map((item) => entry(item.asks.length))),
    list(lesson.exercises.map(() => entry(3))),
  ])
  return TAG.length + CHECK_CHARS + Math.ceil(bytes / 3) * 4
}

/** The longest answer code of the built-in lesson; anything longer is refused unread. */
export const MAX_ANSWER_CODE_CHARS = maxAnswerCodeChars(BUILTIN_LESSON)

// ---------------------------------------------------------------------------------------------
// Reading

export type ReadResult =
  | { readonly ok: true; readonly work: HandedIn }
  | { readonly ok: false; readonly problem: string; readonly nickname?: string }

const Marks = z.string().max(64)
const Reason = z.string().min(1).max(LIMITS.reason)
const EntrySchema = z.union([z.literal(0), Marks, z.tuple([Marks, Reason])])
const Nickname = z
  .string()
  .min(1)
  .max(LIMITS.nickname)
  .refine((n) => n === cleanNickname(n), { error: () => say('nickname.unclean') })

const wireSchemas = new WeakMap<
  Lesson,
  z.ZodType<readonly [string, string, string, Entry[], Entry[]]>
>()
function wireSchema(lesson: Lesson) {
  let schema = wireSchemas.get(lesson)
  if (!schema) {
    schema = z.tuple([
      z.string().max(80),
      z.string().max(16),
      Nickname,
      z.array(EntrySchema).length(lesson.items.length),
      z.array(EntrySchema).length(lesson.exercises.length),
    ])
    wireSchemas.set(lesson, schema)
  }
  return schema
}

const clean = (text: string | undefined) => text === undefined || text === cleanReason(text)
const HandedInSchema = z
  .object({
    lesson: z.string().regex(ITEM_ID),
    nickname: Nickname,
    codes: CodesSchema,
    answers: AnswersSchema,
  })
  .strict()
  .refine(
    (w) =>
      Object.values(w.codes).every((c) => clean(c.reason)) &&
      Object.values(w.answers).every((a) => clean(a.reason) && a.explanation === undefined),
    { error: () => say('reason.unclean') },
  )

/** A zod issue in a few words: where, and what. */
function issueText(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return say('contents.unfit')
  return issue.path.length
    ? say('issue.at', { path: issue.path.join('.'), message: issue.message })
    : issue.message
}

/** A nickname fit to show in a problem, if the value holds one. */
function nicknameIn(value: unknown): string | undefined {
  if (!Array.isArray(value) || typeof value[2] !== 'string') return undefined
  return cleanNickname(value[2]) || undefined
}

/**
 * The nickname at the start of a code that fails its check, as a hint for the teacher of whose
 * code it is (the check failed, so it may be wrong too); undefined when it cannot be made out.
 */
function peek(payload: string): string | undefined {
  const head = fromBase64url(payload.slice(0, 4 * Math.floor(Math.min(payload.length, 480) / 4)))
  if (!head) return undefined
  const m = /^\["[^"\\]*","[^"\\]*","((?:[^"\\]|\\.)*)"/.exec(new TextDecoder().decode(head))
  if (!m) return undefined
  try {
    const name: unknown = JSON.parse(`"${m[1]}"`)
    return typeof name === 'string' ? cleanNickname(name) || undefined : undefined
  } catch {
    return undefined
  }
}

const shown = (text: string) => `“${clip(stripControl(text), 40)}”`

const damaged = (detail: string, nickname?: string): ReadResult =>
  nickname
    ? { ok: false, problem: say('damaged', { detail }), nickname }
    : { ok: false, problem: say('damaged', { detail }) }

/** Reads `AE1-<check><payload>` with no whitespace; the checks in order of cost. */
function readCompact(code: string, current: Lesson): ReadResult {
  const cap = maxAnswerCodeChars(current)
  if (code.length > cap)
    return {
      ok: false,
      problem: say('too-long', { n: String(code.length), max: String(cap) }),
    }
  const tag = /^AE(\d{1,4})-/.exec(code)
  if (!tag) return { ok: false, problem: say('not-a-code', { tag: TAG }) }
  if (Number(tag[1]) !== ANSWER_CODE_VERSION)
    return Number(tag[1]) > ANSWER_CODE_VERSION
      ? {
          ok: false,
          problem: say('newer', { tag: `AE${tag[1]}-` }),
        }
      : { ok: false, problem: say('not-a-code', { tag: TAG }) }
  const body = code.slice(tag[0].length)
  const check = body.slice(0, CHECK_CHARS)
  const payload = body.slice(CHECK_CHARS)
  if (payload.length === 0) return damaged(say('cut-off'))
  if (checkOf(fnv1a(payload)) !== check) return damaged(say('changed'), peek(payload))
  const bytes = fromBase64url(payload)
  if (!bytes) return damaged(say('bad-characters'))
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return damaged(say('unreadable'))
  }
  const nickname = nicknameIn(value)
  if (!Array.isArray(value) || value.length !== 5) return damaged(say('contents.unfit'), nickname)
  const [id, fingerprint] = value as unknown[]
  if (typeof id !== 'string' || typeof fingerprint !== 'string')
    return damaged(say('no-lesson'), nickname)
  if (id !== current.id) return refused(say('other-lesson', { lesson: shown(id) }), nickname)
  // A code made for an earlier version of the same lesson still reads, as that version.
  const lesson = [current, ...(current.earlier ?? [])].find((l) => l.fingerprint === fingerprint)
  if (!lesson) return refused(say('other-version', { lesson: shown(id) }), nickname)
  const wire = wireSchema(lesson).safeParse(value, inLanguage())
  if (!wire.success) return damaged(issueText(wire.error), nickname)
  const [, , name, items, exercises] = wire.data
  const codes: Record<string, Code> = {}
  for (let i = 0; i < items.length; i++) {
    const entry = items[i]!
    if (entry === 0) continue
    const item = lesson.items[i]!
    const [marks, reason] = typeof entry === 'string' ? [entry, undefined] : entry
    const read = codeOfMarks(item, marks)
    if (typeof read === 'string')
      return damaged(say('case', { i: String(i + 1), id: item.id, problem: read }), nickname)
    codes[item.id] = reason === undefined ? read : { ...read, reason }
  }
  const answers: Record<string, HandedInAnswer> = {}
  for (let i = 0; i < exercises.length; i++) {
    const entry = exercises[i]!
    if (entry === 0) continue
    const [marks, reason] = typeof entry === 'string' ? [entry, undefined] : entry
    const p = marks[0] === '.' ? undefined : MARK_PREDICTION[marks[0] ?? '']
    // The answer after the reveal: a third mark, absent in codes written before it was asked.
    const after = marks.length === 3 ? MARK_PREDICTION[marks[2]!] : undefined
    if (
      (marks.length !== 2 && marks.length !== 3) ||
      (marks[0] !== '.' && !p) ||
      (marks[1] !== '.' && marks[1] !== 'r') ||
      (marks.length === 3 && !after)
    )
      return damaged(say('exercise', { i: String(i + 1), marks: clip(marks, 8) }), nickname)
    const a: { -readonly [K in keyof HandedInAnswer]: HandedInAnswer[K] } = {}
    if (p) a.prediction = p
    if (reason !== undefined) a.reason = reason
    if (marks[1] === 'r') a.revealed = true
    if (after) a.after = after
    answers[lesson.exercises[i]!] = a
  }
  const work = HandedInSchema.safeParse(
    { lesson: id, nickname: name, codes, answers },
    inLanguage(),
  )
  if (!work.success) return damaged(issueText(work.error), nickname)
  const kept: HandedIn = { lesson: id, nickname: name, codes, answers }
  if (encode(kept, lesson) !== code) return damaged(say('not-written'), nickname)
  return { ok: true, work: kept }
}

function refused(problem: string, nickname: string | undefined): ReadResult {
  return nickname ? { ok: false, problem, nickname } : { ok: false, problem }
}

/** Spaces, line breaks and the invisible characters chat apps put where they wrap a line. */
const WRAP = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]+/g

/**
 * One pasted answer code, with any spaces and line breaks inside it (chat apps wrap long lines).
 * Never throws; a problem says what is wrong in words: "not an answer code", "made for another
 * lesson (…)", "damaged: …", "too long: …".
 */
export function readAnswerCode(text: string, lesson: Lesson = BUILTIN_LESSON): ReadResult {
  try {
    const cap = maxAnswerCodeChars(lesson)
    // Refused unread when even wrapped at every other character it would be too long.
    if (text.length > 2 * cap + 1000)
      return {
        ok: false,
        problem: say('too-long', { n: String(text.length), max: String(cap) }),
      }
    const compact = text.replace(WRAP, '')
    if (!compact) return { ok: false, problem: say('nothing') }
    return readCompact(compact, lesson)
  } catch {
    return { ok: false, problem: say('could-not-read') }
  }
}

// ---------------------------------------------------------------------------------------------
// Many at once

export interface ClassProblem {
  /** The line of the paste (from 1) where the code starts. */
  readonly line: number
  readonly nickname?: string
  readonly problem: string
}

export interface ClassResults {
  /** Each student's work once, in the order of the paste. */
  readonly accepted: readonly HandedIn[]
  readonly problems: readonly ClassProblem[]
}

/** A run of base64url characters in the paste: the pieces codes are made of. */
interface Run {
  readonly text: string
  readonly line: number
  /** True when only spaces and line breaks separate it from the run before. */
  readonly joined: boolean
}

function runsOf(pasted: string): Run[] {
  const runs: Run[] = []
  const find = /[A-Za-z0-9_-]+/g
  let line = 1
  let end = 0
  for (let m = find.exec(pasted); m; m = find.exec(pasted)) {
    const gap = pasted.slice(end, m.index)
    for (let i = 0; i < gap.length; i++) if (gap.charCodeAt(i) === 10) line++
    runs.push({ text: m[0], line, joined: gap.replace(WRAP, '') === '' })
    end = m.index + m[0].length
  }
  return runs
}

const CODE_START = /^AE\d{1,4}-/

/**
 * Every answer code in a paste: one per line, several on a line (separated by spaces, commas or
 * semicolons), a spreadsheet column, or a chat log ("Minh: AE1-…"). A code wrapped over several
 * lines is joined again (its check says where it ends). Each code is read as `readAnswerCode`
 * does; what cannot be read is reported with its line and left out.
 *
 * Duplicates: when two codes carry the same nickname (case, spacing and composition aside), the
 * later one in the paste is kept and the earlier one is reported as replaced: a student who
 * changed their answers hands in again, and the teacher pastes in the order received.
 */
export function readAnswerCodes(pasted: string, lesson: Lesson = BUILTIN_LESSON): ClassResults {
  if (pasted.length > MAX_CLASS_PASTE_CHARS)
    return {
      accepted: [],
      problems: [
        {
          line: 1,
          problem: say('paste.too-long', {
            n: pasted.length,
            codes: String(MAX_CLASS_CODES),
            max: MAX_CLASS_PASTE_CHARS,
          }),
        },
      ],
    }
  const problems: ClassProblem[] = []
  const read: { line: number; work: HandedIn }[] = []
  try {
    const cap = maxAnswerCodeChars(lesson)
    const runs = runsOf(pasted)
    let codes = 0
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!
      if (!CODE_START.test(run.text)) continue
      if (++codes > MAX_CLASS_CODES) {
        problems.push({
          line: run.line,
          problem: say('paste.too-many', { codes: String(MAX_CLASS_CODES) }),
        })
        break
      }
      // The code alone, or joined with the wrapped pieces after it (a line may break anywhere,
      // even inside the check): the first whose check holds. The hash grows piece by piece, so
      // trying every length costs one pass.
      const head = CODE_START.exec(run.text)![0].length + CHECK_CHARS
      let text = run.text
      let hash: number | undefined
      const holds = (piece: string) => {
        if (text.length <= head) return false
        hash = hash === undefined ? fnv1a(text.slice(head)) : fnv1a(piece, hash)
        return checkOf(hash) === text.slice(head - CHECK_CHARS, head)
      }
      let chosen = holds(text) ? text : null
      for (let k = r + 1; !chosen && k < runs.length && text.length <= cap; k++) {
        const piece = runs[k]!
        if (!piece.joined || CODE_START.test(piece.text)) break
        text += piece.text
        if (holds(piece.text)) {
          chosen = text
          r = k
        }
      }
      const result = readCompact(chosen ?? run.text, lesson)
      if (result.ok) read.push({ line: run.line, work: result.work })
      else
        problems.push(
          result.nickname
            ? { line: run.line, nickname: result.nickname, problem: result.problem }
            : { line: run.line, problem: result.problem },
        )
    }
    if (codes === 0 && pasted.trim())
      problems.push({ line: 1, problem: say('paste.none', { tag: TAG }) })
  } catch {
    problems.push({ line: 1, problem: say('paste.unreadable') })
  }
  // The same student twice: the later code stands.
  const latest = new Map<string, number>()
  read.forEach((r, i) => latest.set(studentKey(r.work.nickname), i))
  const kept: HandedIn[] = []
  read.forEach((r, i) => {
    const later = latest.get(studentKey(r.work.nickname))!
    if (later === i) kept.push(r.work)
    else
      problems.push({
        line: r.line,
        nickname: r.work.nickname,
        problem: say('replaced', { line: String(read[later]!.line) }),
      })
  })
  problems.sort((a, b) => a.line - b.line)
  return { accepted: kept, problems }
}
