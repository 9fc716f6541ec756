import { useId, useMemo, useState } from 'react'
import { fitGrid, type CaseGroup, type CounterKind, type GroupFit } from '@/model/case-fit'
import { useExplorerStore } from '@/store/explorer-store'
import { selectCounterExamples, selectFitByGroup, selectLibraryLabels } from '@/store/selectors'
import { Term } from '@/ui/term'
import { HISTORY_LABEL, label, outcomeCount, percent, RULE_SHORT } from '@/ui/words'
import './case-fit.css'

const GROUP_NAME: Readonly<Record<CaseGroup, string>> = {
  essay: label('cases.essay'),
  'out-of-sample': label('cases.out-of-sample'),
  all: 'All cases',
}

/** Why a run of years goes against the rule, in words a class can argue about. */
const WHY: Readonly<Record<CounterKind, string>> = {
  'ally-across-ideology': 'allied although one of the two was not ruled by a communist party',
  'ally-despite-rift': 'allied although their ruling parties were in open rift',
  'ally-without-threat': 'allied without a threat the model counts as shared',
  'no-ally-despite-both': 'both criteria held, yet no alliance',
}

const years = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`)

/** A group's confusion matrix: history down the side, the model across. */
function Confusion({ fit }: { fit: GroupFit }) {
  const c = fit.metrics.confusion
  return (
    <table className="confusion">
      <caption>{GROUP_NAME[fit.group]}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Model: alliance</th>
          <th scope="col">Model: none</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">History: alliance</th>
          <td className="outcome-hit">{outcomeCount('hit', c.hit)}</td>
          <td className="outcome-miss">{outcomeCount('miss', c.miss)}</td>
        </tr>
        <tr>
          <th scope="row">History: none</th>
          <td className="outcome-false_alarm">{outcomeCount('false_alarm', c.false_alarm)}</td>
          <td className="outcome-correct_rejection">
            {outcomeCount('correct_rejection', c.correct_rejection)}
          </td>
        </tr>
      </tbody>
    </table>
  )
}

/** The same claim under every rule and alliance definition: built only when opened. */
function EveryReading({ groups }: { groups: readonly GroupFit[] }) {
  const [open, setOpen] = useState(false)
  const library = useExplorerStore((s) => s.library)
  const scenario = useExplorerStore((s) => s.scenario)
  const settings = useExplorerStore((s) => s.settings)
  const grid = useMemo(
    () => (open ? fitGrid(library, scenario, settings) : []),
    [open, library, scenario, settings],
  )
  return (
    <details className="every-reading" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Accuracy under every rule and alliance definition</summary>
      {open && (
        <table>
          <caption className="visually-hidden">
            Accuracy of each rule against each alliance definition, per body of cases
          </caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Alliance definition</th>
              {groups.map((g) => (
                <th key={g.group} scope="col">
                  {GROUP_NAME[g.group]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((cell) => (
              <tr
                key={`${cell.rule}-${cell.history}`}
                aria-current={
                  cell.rule === settings.rule && cell.history === settings.history
                    ? 'true'
                    : undefined
                }
              >
                <th scope="row">{RULE_SHORT[cell.rule]}</th>
                <td>{HISTORY_LABEL[cell.history]}</td>
                {cell.accuracy.map((a, k) => (
                  <td key={groups[k]!.group}>{percent(a, 1)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  )
}

/**
 * Does the rule travel? The model's fit on the essay's own cases beside the pairs added to test
 * it, framed as a question about the theory's scope, not as a grade. Shown when the library has
 * cases beyond the essay's.
 */
export function CaseFitPanel() {
  const id = useId()
  const groups = useExplorerStore(selectFitByGroup)
  const counter = useExplorerStore(selectCounterExamples)
  const labels = useExplorerStore(selectLibraryLabels)
  if (groups.length < 3) return null
  const fitOf = (g: CaseGroup) => groups.find((f) => f.group === g)!
  const row = (name: React.ReactNode, value: (f: GroupFit) => string) => (
    <tr>
      <th scope="row">{name}</th>
      {groups.map((f) => (
        <td key={f.group}>{value(f)}</td>
      ))}
    </tr>
  )

  return (
    <section className="panel case-fit" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Does the rule travel beyond the essay&apos;s cases?</h2>
      <p className="case-fit-sentence">
        Accuracy on the essay&apos;s cases {percent(fitOf('essay').metrics.accuracy, 1)},{' '}
        <Term id="out-of-sample">out of sample</Term>{' '}
        {percent(fitOf('out-of-sample').metrics.accuracy, 1)}, on all cases{' '}
        {percent(fitOf('all').metrics.accuracy, 1)}.
      </p>
      <table className="case-fit-table">
        <caption className="visually-hidden">
          The model&apos;s fit on each body of cases, beside rules that know nothing of threats or
          ideology
        </caption>
        <thead>
          <tr>
            <td />
            {groups.map((f) => (
              <th key={f.group} scope="col">
                {GROUP_NAME[f.group]} ({f.pairs} pairs)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row('Dyad-years scored', (f) => String(f.metrics.total))}
          {row(<Term id="accuracy">Accuracy</Term>, (f) => percent(f.metrics.accuracy, 1))}
          {row(<Term id="precision">Precision</Term>, (f) => percent(f.metrics.precision, 1))}
          {row(<Term id="recall">Recall</Term>, (f) => percent(f.metrics.recall, 1))}
          {row(<>Always &ldquo;no alliance&rdquo;</>, (f) => percent(f.trivial.alwaysNo, 1))}
          {row('Same as last year', (f) => percent(f.trivial.sameAsLastYear, 1))}
        </tbody>
      </table>
      <div className="confusions" role="group" aria-label="Confusion matrices">
        {groups.map((f) => (
          <Confusion key={f.group} fit={f} />
        ))}
      </div>
      <h3>Where history goes most against the rule</h3>
      {counter.length === 0 ? (
        <p>Nowhere: under these settings history never goes against the rule.</p>
      ) : (
        <ol className="counter-examples">
          {counter.map((c) => (
            <li key={`${c.dyad}-${c.from}`}>
              <strong>{labels.dyadIn(c.dyad, c.from, c.to)}</strong>, {years(c.from, c.to)} (
              {label(`cases.${c.group}`).toLowerCase()}): {WHY[c.kind]}.
            </li>
          ))}
        </ol>
      )}
      <h3>Questions about the theory&apos;s scope</h3>
      <ul className="scope-questions">
        <li>
          Does the rule hold only for pairs of communist states? Look for a communist state in a
          treaty with a state that was not communist.
        </li>
        <li>
          Does it hold only for a small state next to a great power, such as Mongolia, Albania or
          Laos?
        </li>
        <li>
          Which criterion does the work out of sample: would a shared threat alone, or shared
          ideology alone, do better? Open the table below.
        </li>
      </ul>
      <EveryReading groups={groups} />
    </section>
  )
}
