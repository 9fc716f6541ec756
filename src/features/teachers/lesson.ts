/**
 * The teacher guide in short form: the lesson plans, the worksheet and its key, the essay rubric
 * and the curriculum map. The full guide is docs/teachers.md; both say the same. The key's figures
 * are what the app shows on the default settings and are checked against the model by a test, so
 * a data correction that moves them fails that test instead of leaving a wrong key in print.
 *
 * The texts themselves are messages in lesson.en.ts (translated beside it); the exports here
 * carry their English, which docs/teachers.md must match, and the key to each message.
 */

import { text, type KeyOf } from '@/i18n/catalogue'
import { formatDecimal, type Params } from '@/i18n/format'
import type { Language } from '@/i18n/languages'
import type { Rule } from '@/model/evaluate'
import { RULE_LABEL } from '@/ui/words'
import { lessonWords } from './lesson.en'

export type LessonKey = KeyOf<typeof lessonWords>

/** The figures the answer key quotes (default settings, Vu's coding of history). */
export const KEY = {
  /** Dyad-years scored. */
  total: 858,
  accuracy: '93.1%',
  confusion: { hit: 243, miss: 20, false_alarm: 39, correct_rejection: 556 },
  /** "Russia stays communist" under the two-criteria rule. */
  russia: {
    vietnamRussia: '1954–1994',
    extraYears: '1992–1994',
    changed: 43,
    firstChange: 'Vietnam–Russia, 1992',
    accuracy: '88.8%',
    /** Pairs newly predicted allied, and from when. */
    others: ['CHN-RUS', 'PRK-RUS'],
    othersYears: '2007–2026',
  },
  /** The same scenario under the rival rules. */
  securityOnly: { vietnamRussia: '1954–1994', accuracy: '83.7%' },
  ideologyOnly: { lastYear: 2026, accuracy: '71.0%', onHistory: '82.5%' },
  /** On history: the exit-lag rule (3 years) and Lan's reading of what counts as an alliance. */
  exitLag: '92.1%',
  lanReading: '75.9%',
} as const

/** A share quoted as "93.1%" written in a language's way ("93,1%" in Vietnamese). */
const share = (quoted: string, language: Language) =>
  formatDecimal(language, parseFloat(quoted) / 100, { percent: true, minDigits: 1, maxDigits: 1 })

/**
 * The values the lesson's messages quote, in `language`'s way of writing numbers; `preset` is the
 * title of the "Russia stays communist" card, in the language of the interface.
 */
export function keyFigures(language: Language, preset = 'Russia stays communist'): Params {
  return {
    accuracy: share(KEY.accuracy, language),
    total: KEY.total,
    hits: KEY.confusion.hit,
    misses: KEY.confusion.miss,
    falseAlarms: KEY.confusion.false_alarm,
    correctRejections: KEY.confusion.correct_rejection,
    russiaYears: KEY.russia.vietnamRussia,
    extraYears: KEY.russia.extraYears,
    changed: KEY.russia.changed,
    russiaAccuracy: share(KEY.russia.accuracy, language),
    othersYears: KEY.russia.othersYears,
    securityYears: KEY.securityOnly.vietnamRussia,
    securityAccuracy: share(KEY.securityOnly.accuracy, language),
    // A year, written without a thousands separator.
    ideologyLastYear: String(KEY.ideologyOnly.lastYear),
    ideologyAccuracy: share(KEY.ideologyOnly.accuracy, language),
    exitLag: share(KEY.exitLag, language),
    lanReading: share(KEY.lanReading, language),
    preset,
  }
}

/** A message of the guide in English, with the key's figures filled in. */
const english = (key: LessonKey) => text(lessonWords, key, keyFigures('en'), 'en')

export interface Step {
  /** The step's messages are `<id>.title` and `<id>.text`. */
  readonly id: string
  readonly minutes: number
  readonly title: string
  readonly text: string
}

const step = (id: string, minutes: number): Step => ({
  id,
  minutes,
  title: english(`${id}.title` as LessonKey),
  text: english(`${id}.text` as LessonKey),
})

export const LESSON_45: readonly Step[] = [
  step('l45.setup', 2),
  step('l45.claim', 5),
  step('l45.history', 8),
  step('l45.predict', 5),
  step('l45.reveal', 5),
  step('l45.explain', 8),
  step('l45.rivals', 8),
  step('l45.exit', 4),
]

export const LESSON_90: readonly Step[] = [
  step('l90.lesson45', 40),
  step('l90.reset', 2),
  step('l90.pairs', 15),
  step('l90.report', 10),
  step('l90.definition', 10),
  step('l90.lag', 5),
  step('l90.essay', 8),
  step('l90.close', 0),
]

export interface Question {
  /** The question's messages are `<id>.question` and `<id>.answer`. */
  readonly id: string
  readonly question: string
  readonly answer: string
}

export interface WorksheetPart {
  /** The part's title is the message `<id>.title`. */
  readonly id: string
  readonly title: string
  readonly questions: readonly Question[]
}

const part = (id: string, questions: number): WorksheetPart => ({
  id,
  title: english(`${id}.title` as LessonKey),
  questions: Array.from({ length: questions }, (_, k) => ({
    id: `${id}.${k}`,
    question: english(`${id}.${k}.question` as LessonKey),
    answer: english(`${id}.${k}.answer` as LessonKey),
  })),
})

export const WORKSHEET: readonly WorksheetPart[] = [
  part('ws.a', 3),
  part('ws.b', 7),
  part('ws.c', 3),
  part('ws.d', 1),
]

export const ESSAY_PROMPT = english('essay.prompt')

/** The rubric's four levels, each the message `level.<n>`. */
export const RUBRIC_LEVELS = [1, 2, 3, 4].map((n) => english(`level.${n}` as LessonKey))

/** The rubric's criteria: each the message `rubric.<id>`, its levels `rubric.<id>.<1–4>`. */
export const RUBRIC: readonly {
  readonly id: string
  readonly criterion: string
  readonly levels: readonly string[]
}[] = ['argument', 'evidence', 'model', 'rivals', 'communication'].map((id) => ({
  id,
  criterion: english(`rubric.${id}` as LessonKey),
  levels: [1, 2, 3, 4].map((n) => english(`rubric.${id}.${n}` as LessonKey)),
}))

/** The courses: each the message `course.<id>`, what the app serves in it `course.<id>.serves`. */
export const CURRICULUM: readonly {
  readonly id: string
  readonly course: string
  readonly serves: string
}[] = ['ib-history', 'ib-politics', 'ap-world', 'ap-government'].map((id) => ({
  id,
  course: english(`course.${id}` as LessonKey),
  serves: english(`course.${id}.serves` as LessonKey),
}))

/**
 * The rival rules with the field's names for them: a rule of the Rule menu under its label there,
 * or Lan's reading (`rival.lan.rule`); the field's name is the message `rival.<id>`.
 */
export const RIVALS: readonly {
  readonly id: Rule | 'lan'
  readonly rule: string
  readonly field: string
}[] = (['two-criteria', 'security-only', 'ideology-only', 'two-criteria-lag', 'lan'] as const).map(
  (id) => ({
    id,
    rule: id === 'lan' ? english('rival.lan.rule') : RULE_LABEL[id],
    field: english(`rival.${id}`),
  }),
)
