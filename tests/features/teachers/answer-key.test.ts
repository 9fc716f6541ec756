// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMPILED as LIBRARY, PRESETS } from '@/data'
import { KEY, LESSON_45, LESSON_90, type Step } from '@/features/teachers/lesson'
import { DEFAULT_SETTINGS, evaluate, type ModelSettings } from '@/model/evaluate'
import { divergence, summarize } from '@/model/metrics'
import { restrictDyads } from '@/model/compile'
import { inScope } from '@/model/lifespan'
import { combinePresets } from '@/model/presets'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { runsOf } from '@/ui/runs'
import { formatRuns, percent } from '@/ui/words'

// The key quotes the screen a class opens on: the essay's cases.
const COMPILED = restrictDyads(LIBRARY, (d) => inScope(d, DEFAULT_SETTINGS.cases))
const GUIDE = readFileSync(new URL('../../../docs/teachers.md', import.meta.url), 'utf8')
const russia = combinePresets(COMPILED, [PRESETS.find((p) => p.id === 'russia-stays-communist')!])

function run(scenario = EMPTY_SCENARIO, settings: Partial<ModelSettings> = {}) {
  const e = evaluate(COMPILED, scenario, { ...DEFAULT_SETTINGS, ...settings })
  const years = (dyad: string) =>
    formatRuns(runsOf(e.dyads[e.compiled.dyadIndex.get(dyad)!]!.predicted, COMPILED.firstYear))
  return { e, accuracy: percent(summarize(e).overall.accuracy, 1), years }
}

describe('the worksheet answer key', () => {
  it('quotes what the model shows on history', () => {
    const { e, accuracy, years } = run()
    const { overall } = summarize(e)
    expect(accuracy).toBe(KEY.accuracy)
    expect(overall.total).toBe(KEY.total)
    expect(overall.confusion).toEqual(KEY.confusion)
    expect(years('VNM-RUS')).toBe('1954–1991')
    expect(run(EMPTY_SCENARIO, { rule: 'ideology-only' }).accuracy).toBe(KEY.ideologyOnly.onHistory)
    expect(run(EMPTY_SCENARIO, { rule: 'two-criteria-lag' }).accuracy).toBe(KEY.exitLag)
    expect(run(EMPTY_SCENARIO, { history: 'treaty_defense' }).accuracy).toBe(KEY.lanReading)
  })

  it('quotes what the model shows under "Russia stays communist", on each rule', () => {
    const two = run(russia)
    expect(two.accuracy).toBe(KEY.russia.accuracy)
    expect(two.years('VNM-RUS')).toBe(KEY.russia.vietnamRussia)
    for (const dyad of KEY.russia.others) expect(two.years(dyad)).toMatch(KEY.russia.othersYears)
    const changed = divergence(run().e, two.e)
    expect(changed.count).toBe(KEY.russia.changed)
    expect(changed.first).toMatchObject({ dyad: 'VNM-RUS', year: 1992 })

    const security = run(russia, { rule: 'security-only' })
    expect(security.accuracy).toBe(KEY.securityOnly.accuracy)
    expect(security.years('VNM-RUS')).toBe(KEY.securityOnly.vietnamRussia)
    // Under balance of threat the scenario changes nothing.
    expect(divergence(run(EMPTY_SCENARIO, { rule: 'security-only' }).e, security.e).count).toBe(0)

    const ideology = run(russia, { rule: 'ideology-only' })
    expect(ideology.accuracy).toBe(KEY.ideologyOnly.accuracy)
    expect(ideology.years('VNM-RUS')).toMatch(new RegExp(`${KEY.ideologyOnly.lastYear}$`))
  })

  it('gives the same figures in docs/teachers.md', () => {
    for (const figure of [
      KEY.accuracy,
      KEY.russia.accuracy,
      KEY.russia.extraYears,
      KEY.securityOnly.accuracy,
      KEY.ideologyOnly.accuracy,
      KEY.ideologyOnly.onHistory,
      KEY.exitLag,
      KEY.lanReading,
      `${KEY.total} dyad-years`,
      `${KEY.russia.changed} dyad-years`,
    ])
      expect(GUIDE, figure).toContain(figure)
  })

  it('names the same steps and controls in docs/teachers.md as the plans in the app', () => {
    // The guide's section for each plan, with line breaks and bold marks taken out.
    const section = (from: string, to: string) =>
      GUIDE.slice(GUIDE.indexOf(from), GUIDE.indexOf(to)).replace(/\*\*/g, '').replace(/\s+/g, ' ')
    const quoted = (plan: readonly Step[]) =>
      plan.flatMap((s) => [...s.text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!))
    const short = section('## 45-minute lesson', '## 90-minute lesson')
    const long = section('## 90-minute lesson', '## Student worksheet')
    for (const name of quoted(LESSON_45)) expect(short, name).toContain(name)
    for (const name of quoted(LESSON_90)) expect(long, name).toContain(name)
    for (const step of ['Explore', 'Debate', 'Check']) expect(long, step).toContain(step)
  })
})
