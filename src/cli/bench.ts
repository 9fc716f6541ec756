/**
 * `npm run bench`: how fast the model is. Evaluates a generated dataset of 1,000 dyads × 1,000
 * years (1,000,000 dyad-years) from scratch, then re-evaluates after single toggled cells, and
 * prints the figures. Not a test: nothing here passes or fails.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { COMPILED } from '@/data'
import { generateDataset } from '@/data/synthetic'
import { compileDataset, THREAT_NO, type CompiledDataset } from '@/model/compile'
import { DEFAULT_SETTINGS, evaluate, type Evaluation } from '@/model/evaluate'
import { divergence } from '@/model/metrics'
import { EMPTY_SCENARIO, toggleRegime, toggleThreat, type Scenario } from '@/model/scenario'
import { scenarioToChanges } from '@/model/changes'
import {
  MAX_FILE_CHANGES,
  readScenarioFile,
  salvageScenarioFile,
  writeScenarioFile,
} from '@/share/scenario-file'
import { savedLogOf, sessionOf, studentWorkOf, undoOf } from '@/share/session'
import { createExplorerStore, MAX_UNDO } from '@/store/explorer-store'
import { worstCaseWork } from '@/store/heavy-work'

const DYADS = 1000
const YEARS = 1000
const STATES = 100

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now()
  const out = fn()
  return [performance.now() - t0, out]
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b)
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!
  return { median: q(0.5), p90: q(0.9), min: s[0]! }
}

const ms = (v: number) => (v < 1 ? `${(v * 1000).toFixed(0)} µs` : `${v.toFixed(1)} ms`)
const fmt = (label: string, samples: number[]) => {
  const { median, p90, min } = stats(samples)
  console.log(
    `${label.padEnd(52)} median ${ms(median).padStart(8)}   p90 ${ms(p90).padStart(8)}   min ${ms(min).padStart(8)}`,
  )
  return median
}

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
)

const [genMs, dataset] = time(() =>
  generateDataset({ states: STATES, dyads: DYADS, years: YEARS, seed: 42 }),
)
const [compileMs, c] = time(() => compileDataset(dataset))
const cells = c.dyads.length * c.yearCount
console.log(
  `dataset: ${c.dyads.length} dyads × ${c.yearCount} years = ${cells.toLocaleString('en')} dyad-years, ${STATES} states (generated in ${ms(genMs)}, compiled in ${ms(compileMs)})`,
)

// Full evaluation from scratch.
for (let i = 0; i < 3; i++) evaluate(c, EMPTY_SCENARIO, DEFAULT_SETTINGS)
const full: number[] = []
let baseline!: Evaluation
for (let i = 0; i < 15; i++) {
  const [t, e] = time(() => evaluate(c, EMPTY_SCENARIO, DEFAULT_SETTINGS))
  full.push(t)
  baseline = e
}
const fullMedian = fmt('full evaluation', full)
console.log(
  `${''.padEnd(52)} ${(cells / (fullMedian / 1000) / 1e6).toFixed(1)} million dyad-years per second`,
)

/**
 * The floor the model is held to: the essay's rule as one bare loop over the same compiled typed
 * arrays (threat, rift, both regimes, the history series), writing each year's prediction and
 * outcome and tallying the confusion matrix, with none of the model's bookkeeping. Issue 14 asks
 * the full evaluation to stay within ten times this.
 */
function rawPass(data: CompiledDataset) {
  const tally = [0, 0, 0, 0]
  const out: Uint8Array[] = []
  for (const d of data.dyads) {
    const a = data.communist[d.a]!
    const b = data.communist[d.b]!
    const { threat, rift } = d
    const history = d.history.essay
    const outcome = new Uint8Array(data.yearCount)
    for (let i = 0; i < data.yearCount; i++) {
      const predicted = a[i]! & b[i]! & (rift[i]! ^ 1) & (threat[i] === THREAT_NO ? 0 : 1)
      const o = (predicted << 1) | history[i]!
      outcome[i] = o
      tally[o]!++
    }
    out.push(outcome)
  }
  return { out, tally }
}
for (let i = 0; i < 3; i++) rawPass(c)
const raw: number[] = []
let rawTally: number[] = []
for (let i = 0; i < 15; i++) {
  const [t, r] = time(() => rawPass(c))
  raw.push(t)
  rawTally = r.tally
}
const rawMedian = fmt('raw typed-array pass over the same arrays', raw)
// The floor must compute what the model computes, or the ratio means nothing.
const { hit, miss, false_alarm, correct_rejection } = baseline.counts
if (
  rawTally[3] !== hit ||
  rawTally[2] !== false_alarm ||
  rawTally[1] !== miss ||
  rawTally[0] !== correct_rejection
)
  throw new Error(`the raw pass disagrees with the model: ${rawTally.join(' ')}`)
console.log(
  `${''.padEnd(52)} full evaluation / raw pass = ${(fullMedian / rawMedian).toFixed(1)}× (budget ≤ 10×)`,
)

fmt(
  'full evaluation, two-criteria-lag rule',
  Array.from(
    { length: 10 },
    () =>
      time(() => evaluate(c, EMPTY_SCENARIO, { ...DEFAULT_SETTINGS, rule: 'two-criteria-lag' }))[0],
  ),
)

// One toggled cell, re-evaluated incrementally from the previous evaluation.
function toggles(kind: 'threat' | 'regime') {
  const samples: number[] = []
  let recomputed = 0
  let prev = baseline
  let s: Scenario = EMPTY_SCENARIO
  for (let i = 0; i < 400; i++) {
    const year = c.firstYear + ((i * 37) % c.yearCount)
    const next =
      kind === 'threat'
        ? toggleThreat(s, c, c.dyads[(i * 7919) % c.dyads.length]!.id, year)
        : toggleRegime(s, c, c.states[(i * 31) % c.states.length]!, year)
    const [t, e] = time(() => evaluate(c, next, DEFAULT_SETTINGS, prev))
    if (i >= 20) samples.push(t)
    recomputed += e.dyads.filter((d, k) => d !== prev.dyads[k]).length
    prev = e
    s = next
  }
  return { samples, perToggle: recomputed / 400, last: prev }
}
const threat = toggles('threat')
fmt(`toggle one dyad-year threat (${threat.perToggle.toFixed(0)} dyad recomputed)`, threat.samples)
const regime = toggles('regime')
fmt(
  `toggle one state-year regime (~${regime.perToggle.toFixed(0)} dyads recomputed)`,
  regime.samples,
)
fmt(
  'divergence of a scenario from the baseline',
  Array.from({ length: 20 }, () => time(() => divergence(baseline, regime.last))[0]),
)

// The shipped dataset, for scale.
const small = Array.from(
  { length: 200 },
  () => time(() => evaluate(COMPILED, EMPTY_SCENARIO, DEFAULT_SETTINGS))[0],
)
fmt(
  `built-in dataset (${COMPILED.dyads.length * COMPILED.yearCount} dyad-years), full evaluation`,
  small.slice(20),
)

// The autosave of the heaviest work (see worstCaseWork), written and read back as on a reload.
{
  const store = worstCaseWork()
  const s = store.getState()
  const write = () =>
    writeScenarioFile(sessionOf(s), savedLogOf(s), { undo: undoOf(s), ...studentWorkOf(s) })
  const text = write()
  const changes = scenarioToChanges(s.scenario).length
  fmt(
    `autosave write, ${MAX_UNDO} undo steps over ${changes} changes`,
    Array.from({ length: 10 }, () => time(write)[0]),
  )
  fmt(
    `autosave read (${(text.length / 1024).toFixed(0)} kB; full lists: ${(
      JSON.stringify(s.undoStack.past.map((st) => scenarioToChanges(st.scenario))).length / 1024
    ).toFixed(0)} kB)`,
    Array.from({ length: 5 }, () => time(() => readScenarioFile(text, COMPILED))[0]),
  )

  // The largest file accepted: MAX_FILE_CHANGES changes in all, every one to be checked.
  const most = Array.from({ length: MAX_FILE_CHANGES }, (_, i) => ({
    layer: 'threat',
    id: COMPILED.dyads[i % COMPILED.dyads.length]!.id,
    from: COMPILED.firstYear + (i % COMPILED.yearCount),
    to: COMPILED.firstYear + (i % COMPILED.yearCount),
    value: i % 3 ? 'no' : 'yes',
  }))
  const largest = JSON.stringify({ ...JSON.parse(text), undo: undefined, changes: most })
  fmt(
    `read largest file (${MAX_FILE_CHANGES.toLocaleString('en')} changes, ${(largest.length / 1e6).toFixed(1)} MB)`,
    Array.from({ length: 5 }, () => time(() => readScenarioFile(largest, COMPILED))[0]),
  )
  const broken = largest.replace(/"id": ?"[A-Z]{3}-[A-Z]{3}"/g, (m, i: number) =>
    i % 7 ? m : '"id": "NOWHERE"',
  )
  fmt(
    'salvage it with 1 change in 7 broken',
    Array.from({ length: 5 }, () => time(() => salvageScenarioFile(broken, COMPILED))[0]),
  )

  // One click (a toggled cell) with 3,000 entries in the log, store update only (no painting).
  const busy = createExplorerStore()
  const dyad = COMPILED.dyads[0]!.id
  for (let i = 0; i < 3000; i++)
    busy.getState().toggleCell('threat', dyad, COMPILED.firstYear + (i % COMPILED.yearCount))
  fmt(
    `store: toggle a cell with ${busy.getState().log.length} log entries`,
    Array.from(
      { length: 50 },
      (_, i) =>
        time(() => busy.getState().toggleCell('rift', dyad, COMPILED.firstYear + (i % 50)))[0],
    ),
  )
}
