import { defineMessages } from '@/i18n/catalogue'
import { EXERCISES } from './exercises'

/**
 * The exercises' texts, for translation: built from `EXERCISES` as the app loads, so nothing is
 * copied. An exercise has no id of its own; it is named by its preset's id (`preset`), which is
 * also the key of a student's answer. Keys are `<preset>.question`, `<preset>.context` and
 * `<preset>.prompts.<index>`; look one up with
 * `dt('data.exercises', \`${e.preset}.question\`, e.question)`.
 */
export const exerciseTexts = defineMessages(
  'data.exercises',
  Object.fromEntries(
    EXERCISES.flatMap((e) => [
      [`${e.preset}.question`, e.question],
      [`${e.preset}.context`, e.context],
      ...e.prompts.map((p, i) => [`${e.preset}.prompts.${i}`, p]),
    ]),
  ) as Record<string, string>,
)
