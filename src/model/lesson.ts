import type { CodingItem } from './coding'
import type { Preset } from './presets'
import type { Change } from './scenario'
import type { Prediction } from './vocabulary'

/*
 * A lesson a teacher makes from the explorer: an ordered list of steps, each a predict-then-reveal
 * exercise made from a scenario, or one of the disputed cases to code. A lesson is data: it names
 * coding items by id and carries its exercises whole, so a link or a file can hand it out.
 *
 * The student's copy has no teacher notes, and no answer key either: the model computes the
 * answer when the student reveals it, from the exercise's changes.
 */

/** A predict-then-reveal exercise made from the scenario on screen. */
export interface LessonExercise {
  /** Named like an item id; the answers and the answer code know the exercise by it. */
  readonly id: string
  readonly title: string
  /** What the student predicts. */
  readonly question: string
  /** The pair and years the answer is about. */
  readonly watch: { readonly dyad: string; readonly from: number; readonly to: number }
  /** The counterfactual the reveal applies, as changes to history. */
  readonly changes: readonly Change[]
  /** The words of the three choices: an alliance, none, unsure. */
  readonly choices: Readonly<Record<Prediction, string>>
  /** Shown with the model's answer at the reveal. */
  readonly explanation: string
  /** For the teacher only; never in the student's copy. */
  readonly notes?: string
}

/** One step of a lesson: a coding item (by id) or an exercise. */
export type LessonStep = { readonly item: string } | { readonly exercise: LessonExercise }

export interface LessonPlan {
  /** Named like an item id; answer codes carry it so codes for another lesson are told apart. */
  readonly id: string
  readonly title: string
  readonly steps: readonly LessonStep[]
}

/** Who a lesson is open for: the teacher sees notes, the key and class results. */
export type LessonRole = 'teacher' | 'student'
export const LESSON_ROLES = ['teacher', 'student'] as const satisfies readonly LessonRole[]

export interface OpenLesson {
  readonly plan: LessonPlan
  readonly role: LessonRole
}

/**
 * The choices' words when the teacher leaves them as they are, in English; the interface uses the
 * store's `defaultChoices`, in the language in use.
 */
export const DEFAULT_CHOICES: Readonly<Record<Prediction, string>> = {
  yes: 'Yes, an alliance',
  no: 'No alliance',
  unsure: 'Not sure',
}

export const isExerciseStep = (step: LessonStep): step is { readonly exercise: LessonExercise } =>
  'exercise' in step

/** The lesson's exercises, in order. */
export const exercisesOf = (plan: LessonPlan): LessonExercise[] =>
  plan.steps.filter(isExerciseStep).map((s) => s.exercise)

/** The lesson's coding items, in order, among those the explorer knows. */
export function itemsOf(plan: LessonPlan, known: readonly CodingItem[]): CodingItem[] {
  const byId = new Map(known.map((item) => [item.id, item]))
  return plan.steps.flatMap((s) => ('item' in s && byId.has(s.item) ? [byId.get(s.item)!] : []))
}

/** The student's copy: the same lesson without a word of the teacher's notes. */
export function studentCopy(plan: LessonPlan): LessonPlan {
  return {
    ...plan,
    steps: plan.steps.map((s) => {
      if (!isExerciseStep(s) || s.exercise.notes === undefined) return s
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { notes, ...rest } = s.exercise
      return { exercise: rest }
    }),
  }
}

/** An exercise as a preset: what the reveal applies, named by the exercise's title. */
export const exercisePreset = (ex: LessonExercise): Preset => ({
  id: ex.id,
  title: ex.title,
  description: ex.question,
  changes: ex.changes,
})

/** The step moved one place up (-1) or down (+1); the same lesson where it cannot move. */
export function moveStep(plan: LessonPlan, index: number, by: -1 | 1): LessonPlan {
  const to = index + by
  if (index < 0 || index >= plan.steps.length || to < 0 || to >= plan.steps.length) return plan
  const steps = [...plan.steps]
  ;[steps[index], steps[to]] = [steps[to]!, steps[index]!]
  return { ...plan, steps }
}

/** The lesson without its step at `index`. */
export const removeStep = (plan: LessonPlan, index: number): LessonPlan => ({
  ...plan,
  steps: plan.steps.filter((_, k) => k !== index),
})
