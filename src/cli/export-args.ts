import {
  CONTESTED_READINGS,
  DEFAULT_SETTINGS,
  IDEOLOGY_READINGS,
  MAX_LAG,
  RULES,
  type ModelSettings,
} from '@/model/evaluate'
import { HISTORY_SERIES } from '@/model/types'
import { CASE_SCOPE } from '@/model/vocabulary'

/** A researcher's export holds every case unless asked for fewer (the app shows the essay's). */
const CLI_DEFAULTS: ModelSettings = { ...DEFAULT_SETTINGS, cases: 'all' }

export interface ExportOptions {
  readonly presets: readonly string[]
  readonly settings: ModelSettings
  readonly help: boolean
}

export type ParseResult = { ok: true; options: ExportOptions } | { ok: false; error: string }

export const USAGE = `Usage: npm run --silent data:csv [-- options]
Prints one CSV row per dyad-year to stdout.
  --cases SET        ${CASE_SCOPE.values.join('|')}: the essay's pairs, the out-of-sample pairs, or both (default ${CLI_DEFAULTS.cases})
  --preset ID        apply a named counterfactual (repeat to combine): PRESETS
  --history SERIES   ${HISTORY_SERIES.join('|')} (default ${DEFAULT_SETTINGS.history})
  --ideology READING ${IDEOLOGY_READINGS.join('|')} (default ${DEFAULT_SETTINGS.ideology})
  --rule RULE        ${RULES.join('|')} (default ${DEFAULT_SETTINGS.rule})
  --lag K            years an alliance survives under two-criteria-lag, 0–${MAX_LAG} (default ${DEFAULT_SETTINGS.lag})
  --contested HOW    ${CONTESTED_READINGS.join('|')}: how a contested threat counts (default ${DEFAULT_SETTINGS.contestedThreat})
  --help             show this help`

/** The options that pick one value from a list, and the setting each sets. */
const CHOICES: Readonly<Record<string, { key: keyof ModelSettings; valid: readonly string[] }>> = {
  '--cases': { key: 'cases', valid: CASE_SCOPE.values },
  '--history': { key: 'history', valid: HISTORY_SERIES },
  '--ideology': { key: 'ideology', valid: IDEOLOGY_READINGS },
  '--rule': { key: 'rule', valid: RULES },
  '--contested': { key: 'contestedThreat', valid: CONTESTED_READINGS },
}

const OPTIONS = [
  '--cases',
  '--preset',
  '--history',
  '--ideology',
  '--rule',
  '--lag',
  '--contested',
  '--help',
]

function oneOf<T extends string>(name: string, valid: readonly T[], value: string): T | string {
  return (valid as readonly string[]).includes(value)
    ? (value as T)
    : `--${name} must be one of ${valid.join(', ')} (got "${value}")`
}

/**
 * Reads the export command's arguments. Every problem comes back as one line that names the
 * valid values, so a typo is fixed without opening the docs.
 */
export function parseExportArgs(
  argv: readonly string[],
  presetIds: readonly string[],
): ParseResult {
  const settings: { -readonly [K in keyof ModelSettings]: ModelSettings[K] } = {
    ...CLI_DEFAULTS,
  }
  const presets: string[] = []
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined]
    if (!OPTIONS.includes(flag!)) {
      return { ok: false, error: `unknown option "${arg}"; valid options: ${OPTIONS.join(', ')}` }
    }
    if (flag === '--help') {
      help = true
      continue
    }
    const value = inline ?? argv[++i]
    if (value === undefined || value === '') {
      return { ok: false, error: `${flag} needs a value` }
    }
    let problem: string | undefined
    switch (flag) {
      case '--preset':
        for (const id of value.split(',')) {
          const checked = oneOf('preset', presetIds, id)
          if (checked !== id) problem = checked
          else presets.push(id)
        }
        break
      case '--cases':
      case '--history':
      case '--ideology':
      case '--rule':
      case '--contested': {
        const { key, valid } = CHOICES[flag]!
        const v = oneOf(flag.slice(2), valid, value)
        if (v === value) Object.assign(settings, { [key]: v })
        else problem = v
        break
      }
      case '--lag': {
        const k = Number(value)
        if (/^\d+$/.test(value) && k <= MAX_LAG) settings.lag = k
        else problem = `--lag must be a whole number from 0 to ${MAX_LAG} (got "${value}")`
        break
      }
    }
    if (problem) return { ok: false, error: problem }
  }
  return { ok: true, options: { presets, settings, help } }
}
