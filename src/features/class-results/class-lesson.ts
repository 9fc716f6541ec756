import { PRESETS } from '@/data'
import { CODING_ITEMS } from '@/data/coding-items'
import { EXERCISES } from '@/data/exercises'
import type { CodingItem } from '@/model/coding'
import { BUILTIN_LESSON, type Lesson } from '@/share/answer-code'
import { dataText } from '@/i18n/catalogue'

/** The lesson class results are for: what the codes answer, the cases and the exercises, in order. */
export interface ClassLesson {
  /** The lesson as answer codes know it (its id and fingerprint). */
  readonly code: Lesson
  readonly items: readonly CodingItem[]
  /** Each exercise's id (the answers' key) and its short name. */
  readonly exercises: readonly { readonly id: string; readonly name: string }[]
}

/** The explorer's own lesson: its eight disputed cases and its exercises, one per preset. */
export const BUILTIN_CLASS_LESSON: ClassLesson = {
  code: BUILTIN_LESSON,
  items: CODING_ITEMS,
  exercises: EXERCISES.map((e) => {
    const preset = PRESETS.find((p) => p.id === e.preset)
    return {
      id: e.preset,
      // The preset's title in the language in use when it is read.
      get name() {
        return preset ? dataText('data.presets', `${preset.id}.title`, preset.title) : e.preset
      },
    }
  }),
}
