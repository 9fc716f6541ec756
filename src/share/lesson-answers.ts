import { CODING_ITEMS } from '@/data/coding-items'
import { exercisesOf, itemsOf, type LessonPlan } from '@/model/lesson'
import { lessonOf, type Lesson } from './answer-code'

const codeLessons = new WeakMap<LessonPlan, Lesson>()
/**
 * The lesson as answer codes know it: its coding items and exercises in order. The same plan
 * gives the same object, so the code's checks are built once per lesson.
 */
export function answerLessonOf(plan: LessonPlan): Lesson {
  let lesson = codeLessons.get(plan)
  if (!lesson) {
    lesson = lessonOf(
      plan.id,
      itemsOf(plan, CODING_ITEMS),
      exercisesOf(plan).map((e) => ({ preset: e.id })),
    )
    codeLessons.set(plan, lesson)
  }
  return lesson
}
