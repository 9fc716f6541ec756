import { text, type KeyOf } from '@/i18n/catalogue'
import type { Params } from '@/i18n/format'
import { z } from '@/lib/zod'
import type { CompiledDataset } from '@/model/compile'
import { hasUserCases, NO_USER_CASES, type UserCases } from '@/model/user-cases'
import { studentCopy, type LessonPlan, type LessonRole, type OpenLesson } from '@/model/lesson'
import { fromBase64url, toBase64url } from '@/lib/base64url'
import { MAX_LINK_CHARS } from './link'
import { datasetOfFile, lessonProblem } from './scenario-file'
import { lessonLinkWords } from './lesson-link.en'
import { LessonPlanSchema } from './schema'
import { inLanguage } from './zod-language'

/*
 * The lesson link: a whole lesson in the URL fragment, so a teacher hands it out with no server.
 *
 *   #lesson=1.<payload>            the student link
 *   #lesson=1.<payload>&as=teacher the teacher link
 *
 * 1        the format's version (LESSON_LINK_VERSION)
 * payload  base64url (no padding) of the UTF-8 JSON { plan, cases? }: the lesson as the schema has
 *          it, and the teacher's own cases (states and pairs added to history) when there are
 *          any, so that exercises on them open on every student's page
 *
 * The student link is written from the student's copy: no teacher notes are in it, and no answer
 * key either (the model computes each answer at the reveal). A teacher link opens the same lesson
 * with the notes, the key and class results. Anyone can add "as=teacher" to a student link, but
 * it holds no notes to show: the link decides what travels, not the role.
 *
 * A lesson longer than MAX_LESSON_LINK_CHARS goes out as a file instead (a scenario file with the
 * lesson in it), which opens with "Open scenario". Reading never throws and takes the lesson whole
 * or not at all, with the problem in words.
 */

export const LESSON_LINK_VERSION = 1

/**
 * The longest lesson link the explorer offers to copy: what chat apps, learning platforms and a QR
 * code on a projector carry without trouble. A longer lesson is offered as a file.
 */
export const MAX_LESSON_LINK_CHARS = 8000

const PART = 'lesson'

/** What a lesson link carries; the cases are checked on their own, against the built-in data. */
const PayloadSchema = z.object({ plan: LessonPlanSchema, cases: z.unknown().optional() }).strict()

/** True when a fragment is a lesson link (rather than a view of the explorer). */
export const isLessonLink = (hash: string) => /^#?lesson=/.test(hash)

/** The fragment (without '#') that opens the lesson, and the cases it needs, for a role. */
export function writeLessonLink(
  plan: LessonPlan,
  role: LessonRole,
  cases: UserCases = NO_USER_CASES,
): string {
  const shown = role === 'student' ? studentCopy(plan) : plan
  const json = JSON.stringify(hasUserCases(cases) ? { plan: shown, cases } : { plan: shown })
  const payload = toBase64url(new TextEncoder().encode(json))
  return `${PART}=${LESSON_LINK_VERSION}.${payload}${role === 'teacher' ? '&as=teacher' : ''}`
}

export type LessonLinkResult =
  | { readonly ok: true; readonly lesson: OpenLesson; readonly cases?: UserCases }
  | { readonly ok: false; readonly problem: string }

const refuse = (problem: string): LessonLinkResult => ({ ok: false, problem })
/** A problem in the language in use. */
const say = (key: KeyOf<typeof lessonLinkWords>, params?: Params) =>
  text(lessonLinkWords, key, params)

/** Reads a lesson link's fragment (with or without '#'). Never throws. */
export function readLessonLink(hash: string, c: CompiledDataset): LessonLinkResult {
  if (hash.length > MAX_LINK_CHARS)
    return refuse(
      say('too-long', {
        kb: String(Math.round(hash.length / 1000)),
        max: String(MAX_LINK_CHARS / 1000),
      }),
    )
  const parts = new Map<string, string>()
  for (const piece of hash.replace(/^#/, '').split('&')) {
    if (!piece) continue
    const eq = piece.indexOf('=')
    const key = eq < 0 ? piece : piece.slice(0, eq)
    if (parts.has(key)) return refuse(say('part.twice', { key }))
    parts.set(key, eq < 0 ? '' : piece.slice(eq + 1))
  }
  for (const key of parts.keys())
    if (key !== PART && key !== 'as') return refuse(say('part.unknown', { key: key.slice(0, 20) }))
  const as = parts.get('as')
  if (as !== undefined && as !== 'teacher' && as !== 'student')
    return refuse(say('as.bad', { value: as.slice(0, 20) }))
  const role: LessonRole = as === 'teacher' ? 'teacher' : 'student'

  const m = /^(\d{1,4})\.([A-Za-z0-9_-]*)$/.exec(parts.get(PART) ?? '')
  if (!m) return refuse(say('form.bad'))
  const version = Number(m[1])
  if (version > LESSON_LINK_VERSION)
    return refuse(say('newer', { version: String(version), current: String(LESSON_LINK_VERSION) }))
  if (version !== LESSON_LINK_VERSION)
    return refuse(say('version.unknown', { version: String(version) }))
  const bytes = fromBase64url(m[2]!)
  if (!bytes) return refuse(say('damaged'))
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return refuse(say('damaged'))
  }
  const parsed = PayloadSchema.safeParse(value, inLanguage())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return refuse(
      issue.path.length > 0
        ? say('does-not-fit-at', { path: issue.path.join('.'), message: issue.message })
        : say('does-not-fit', { message: issue.message }),
    )
  }
  // The lesson's cases, checked whole as a case file is; without any, the cases on screen stay.
  const dataset = datasetOfFile(parsed.data.cases, c)
  if (!dataset.ok) return refuse(dataset.problem)
  const problem = lessonProblem(dataset.base, parsed.data.plan)
  if (problem) return refuse(problem)
  const plan = role === 'student' ? studentCopy(parsed.data.plan) : parsed.data.plan
  return {
    ok: true,
    lesson: { plan, role },
    ...(dataset.cases && hasUserCases(dataset.cases) ? { cases: dataset.cases } : {}),
  }
}
