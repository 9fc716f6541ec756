import { defineMessages } from '@/i18n/catalogue'
import { STATES } from './states'
import { WORLD_STATES } from './world/states'

/**
 * The states' names, for translation: built from `STATES` and `WORLD_STATES` as the app loads,
 * so nothing is copied. Keys are `<state id>.short` (the row label), `<state id>.names.<index>.name`
 * (the name in a period) and, where the period has one, `<state id>.names.<index>.short`; look one
 * up with `dt('data.state-names', \`${s.id}.names.${i}.name\`, n.name)`.
 */
export const stateNameTexts = defineMessages(
  'data.state-names',
  Object.fromEntries(
    [...STATES, ...WORLD_STATES].flatMap((s) => [
      [`${s.id}.short`, s.short],
      ...s.names.flatMap((n: { name: string; short?: string }, i) => [
        [`${s.id}.names.${i}.name`, n.name],
        ...(n.short === undefined ? [] : [[`${s.id}.names.${i}.short`, n.short]]),
      ]),
    ]),
  ) as Record<string, string>,
)
