import type { StateCreator } from 'zustand'
import { translator } from '@/i18n/catalogue'
import { stripControl } from '@/lib/text'
import { ITEM_ID } from '@/model/coding'
import {
  isExerciseStep,
  studentCopy,
  type LessonExercise,
  type LessonPlan,
  type LessonStep,
  type OpenLesson,
} from '@/model/lesson'
import { clip, LIMITS } from '@/model/limits'
import type { Prediction } from '@/model/vocabulary'
import type { ExplorerState } from './explorer-store'
import { lessonWords } from './lesson-words.en'

/**
 * The lesson open on this page, if any: a teacher's own (made here with "Make an exercise", or
 * opened from a teacher link) or a student's (from a student link, without the teacher's notes).
 * Kept outside undo, like the answers and codes; saved with the work.
 */
export interface LessonSlice {
  readonly lesson: OpenLesson | null
  /** Opens a lesson read from a link or a file (already checked), or closes it with null. */
  openLesson: (lesson: OpenLesson | null) => void
  /**
   * A teacher's edit of the open lesson (a new one when none is open). The result is cleaned to
   * what a file holds: every text within its limit, at most LIMITS.lessonSteps steps, each once.
   */
  editLesson: (edit: (plan: LessonPlan) => LessonPlan) => void
  /** Adds an exercise at the end of the teacher's lesson; false when the lesson is full. */
  addExercise: (exercise: Omit<LessonExercise, 'id'>) => boolean
}

/** A fresh id named like an item id, with a short random tail. */
const freshId = (prefix: string) =>
  `${prefix}-${Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`

/** One line of text within `max`, or `fallback` when nothing is left. */
const line = (text: string, max: number, fallback: string) =>
  clip(stripControl(text).replace(/\s+/g, ' ').trim(), max) || fallback
const block = (text: string, max: number) => clip(stripControl(text), max)

function cleanExercise(ex: LessonExercise): LessonExercise {
  const t = translator(lessonWords)
  const from = Math.min(ex.watch.from, ex.watch.to)
  const to = Math.max(ex.watch.from, ex.watch.to)
  const notes = ex.notes === undefined ? undefined : block(ex.notes, LIMITS.notes)
  return {
    id: ITEM_ID.test(ex.id) ? ex.id : freshId('ex'),
    title: line(ex.title, LIMITS.lessonTitle, t('exercise')),
    question: line(ex.question, LIMITS.question, ex.title || t('question')),
    watch: { dyad: ex.watch.dyad, from, to },
    changes: ex.changes.slice(0, LIMITS.exerciseChanges),
    choices: {
      yes: line(ex.choices.yes, LIMITS.choice, t('yes')),
      no: line(ex.choices.no, LIMITS.choice, t('no')),
      unsure: line(ex.choices.unsure, LIMITS.choice, t('unsure')),
    },
    explanation: block(ex.explanation, LIMITS.explanation),
    ...(notes ? { notes } : {}),
  }
}

/** A lesson as the store keeps it: what a file would hold. */
export function cleanPlan(plan: LessonPlan): LessonPlan {
  const seen = new Set<string>()
  const steps: LessonStep[] = []
  for (const step of plan.steps) {
    const clean = isExerciseStep(step) ? { exercise: cleanExercise(step.exercise) } : step
    if (!isExerciseStep(clean) && !ITEM_ID.test(clean.item)) continue
    const key = isExerciseStep(clean) ? clean.exercise.id : `item:${clean.item}`
    if (seen.has(key)) continue
    seen.add(key)
    steps.push(clean)
    if (steps.length === LIMITS.lessonSteps) break
  }
  return {
    id: ITEM_ID.test(plan.id) ? plan.id : freshId('lesson'),
    title: line(plan.title, LIMITS.lessonTitle, translator(lessonWords)('lesson')),
    steps,
  }
}

/** A new, empty lesson for the teacher to fill. */
export const newPlan = (): LessonPlan => ({
  id: freshId('lesson'),
  title: translator(lessonWords)('lesson'),
  steps: [],
})

/**
 * The words of an exercise's three choices when the teacher leaves them as they are, in the
 * language in use (`DEFAULT_CHOICES` of `@/model/lesson` is the English).
 */
export function defaultChoices(): Readonly<Record<Prediction, string>> {
  const t = translator(lessonWords)
  return { yes: t('choice.yes'), no: t('choice.no'), unsure: t('choice.unsure') }
}

export const createLessonSlice: StateCreator<ExplorerState, [], [], LessonSlice> = (set, get) => ({
  lesson: null,
  openLesson: (lesson) =>
    set({
      lesson: lesson && {
        role: lesson.role,
        plan: cleanPlan(lesson.role === 'student' ? studentCopy(lesson.plan) : lesson.plan),
      },
    }),
  editLesson: (edit) => {
    const open = get().lesson
    // A student's lesson is the teacher's to change.
    if (open?.role === 'student') return
    set({ lesson: { role: 'teacher', plan: cleanPlan(edit(open?.plan ?? newPlan())) } })
  },
  addExercise: (exercise) => {
    const open = get().lesson
    if (open?.role === 'student') return false
    if ((open?.plan.steps.length ?? 0) >= LIMITS.lessonSteps) return false
    get().editLesson((plan) => ({
      ...plan,
      steps: [...plan.steps, { exercise: { ...exercise, id: freshId('ex') } }],
    }))
    return true
  },
})
