// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseExportArgs } from '@/cli/export-args'
import { DEFAULT_SETTINGS } from '@/model/evaluate'

const IDS = ['russia-stays-communist', 'no-sino-soviet-split']
const parse = (...argv: string[]) => parseExportArgs(argv, IDS)

describe('parseExportArgs', () => {
  it('defaults to the essay reading with no preset, over every case', () => {
    expect(parse()).toEqual({
      ok: true,
      options: { presets: [], settings: { ...DEFAULT_SETTINGS, cases: 'all' }, help: false },
    })
  })

  it('takes the case sets to print, and names them when one is wrong', () => {
    const r = parse('--cases', 'essay')
    expect(r.ok && r.options.settings.cases).toBe('essay')
    expect(parse('--cases', 'world')).toEqual({
      ok: false,
      error: '--cases must be one of essay, out-of-sample, all (got "world")',
    })
  })

  it('reads every option, in both --flag value and --flag=value form', () => {
    const r = parse(
      '--preset',
      'russia-stays-communist',
      '--history=treaty_defense',
      '--ideology',
      'lenient',
      '--rule',
      'two-criteria-lag',
      '--lag=5',
      '--contested',
      'not-shared',
      '--cases=out-of-sample',
    )
    expect(r).toEqual({
      ok: true,
      options: {
        presets: ['russia-stays-communist'],
        help: false,
        settings: {
          cases: 'out-of-sample',
          rule: 'two-criteria-lag',
          lag: 5,
          ideology: 'lenient',
          contestedThreat: 'not-shared',
          history: 'treaty_defense',
        },
      },
    })
  })

  it('combines repeated or comma-separated presets', () => {
    const r = parse('--preset', 'russia-stays-communist,no-sino-soviet-split')
    expect(r.ok && r.options.presets).toEqual(IDS)
  })

  it.each([
    [
      ['--history', 'wikipedia'],
      '--history must be one of essay, treaty_any, treaty_defense, cow, atop (got "wikipedia")',
    ],
    [['--ideology', 'loose'], '--ideology must be one of strict, lenient (got "loose")'],
    [
      ['--rule', 'balance'],
      '--rule must be one of two-criteria, security-only, ideology-only, two-criteria-lag (got "balance")',
    ],
    [
      ['--preset', 'ussr-wins'],
      '--preset must be one of russia-stays-communist, no-sino-soviet-split (got "ussr-wins")',
    ],
    [['--lag', '-1'], '--lag must be a whole number from 0 to 30 (got "-1")'],
    [['--contested', 'maybe'], '--contested must be one of shared, not-shared (got "maybe")'],
    [['--rule'], '--rule needs a value'],
  ])('rejects %j with one line naming the valid values', (argv, message) => {
    expect(parse(...argv)).toEqual({ ok: false, error: message })
  })

  it('rejects an unknown option and lists the valid ones', () => {
    const r = parse('--format', 'json')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error).toMatch(
      /^unknown option "--format"; valid options: --cases, --preset, --history/,
    )
  })
})
