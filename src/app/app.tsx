import { COMPILED, DATASET } from '@/data'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { summarize } from '@/model/metrics'
import { stateName } from '@/model/rows'
import { EMPTY_SCENARIO } from '@/model/scenario'

// History under the essay's reading never changes, so it is computed once per page load.
const SUMMARY = summarize(evaluate(COMPILED, EMPTY_SCENARIO, DEFAULT_SETTINGS))
const percent = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`)

/** A dyad's label in plain words, with the names the two states had in the last year. */
function dyadLabel(id: string): string {
  const d = DATASET.dyads.find((x) => x.id === id)!
  const name = (s: string) =>
    stateName(
      DATASET.states.find((x) => x.id === s)!,
      DATASET.lastYear,
    )
  return `${name(d.a)} – ${name(d.b)}`
}

export function App() {
  const { overall, byDyad } = SUMMARY
  return (
    <main className="app">
      <header>
        <h1>Alliance Counterfactual Explorer</h1>
        <p className="theory">
          Khang Vu&apos;s theory: communist party-states such as China and Vietnam ally only with a
          state that shares <strong>both</strong> their security interests (a common threat){' '}
          <strong>and</strong> their ideology.
        </p>
      </header>
      <section aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">
          How well the theory fits history, {DATASET.firstYear}–{DATASET.lastYear}
        </h2>
        <p>
          With both criteria and the essay&apos;s own coding of alliances, the model agrees with
          history in <strong>{percent(overall.accuracy)}</strong> of {overall.total} dyad-years:{' '}
          {overall.confusion.hit} allied years foreseen, {overall.confusion.miss} missed, and{' '}
          {overall.confusion.false_alarm} predicted where history has no alliance.
        </p>
        <table className="agreement">
          <caption>Agreement with history per pair of states</caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Agreement</th>
              <th scope="col">Missed alliances</th>
              <th scope="col">False alarms</th>
            </tr>
          </thead>
          <tbody>
            {byDyad.map((d) => (
              <tr key={d.dyad}>
                <th scope="row">{dyadLabel(d.dyad)}</th>
                <td>{percent(d.accuracy)}</td>
                <td>{d.confusion.miss}</td>
                <td>{d.confusion.false_alarm}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  )
}
