import { useId, useMemo, useState } from 'react'
import { rich, useT } from '@/i18n/react'
import type { Translate } from '@/i18n/catalogue'
import { fitGrid, type CaseGroup, type CounterKind, type GroupFit } from '@/model/case-fit'
import { useExplorerStore } from '@/store/explorer-store'
import { selectCounterExamples, selectFitByGroup, selectLibraryLabels } from '@/store/selectors'
import { Term } from '@/ui/term'
import { useWords, type Words } from '@/ui/words'
import { caseFitWords } from './case-fit-panel.en'
import './case-fit.css'

type T = Translate<typeof caseFitWords>

/** A body of cases by name, in the language in use. */
const groupName = (group: CaseGroup, t: T, w: Words) =>
  group === 'all' ? t('all-cases') : w.label(`cases.${group}`)

/** Why a run of years goes against the rule, in words a class can argue about. */
const why = (kind: CounterKind, t: T) => t(`why.${kind}`)

const years = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`)

/** A group's confusion matrix: history down the side, the model across. */
function Confusion({ fit }: { fit: GroupFit }) {
  const t = useT(caseFitWords)
  const w = useWords()
  const c = fit.metrics.confusion
  return (
    <table className="confusion">
      <caption>{groupName(fit.group, t, w)}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('model.alliance')}</th>
          <th scope="col">{t('model.none')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('history.alliance')}</th>
          <td className="outcome-hit">{w.outcomeCount('hit', c.hit)}</td>
          <td className="outcome-miss">{w.outcomeCount('miss', c.miss)}</td>
        </tr>
        <tr>
          <th scope="row">{t('history.none')}</th>
          <td className="outcome-false_alarm">{w.outcomeCount('false_alarm', c.false_alarm)}</td>
          <td className="outcome-correct_rejection">
            {w.outcomeCount('correct_rejection', c.correct_rejection)}
          </td>
        </tr>
      </tbody>
    </table>
  )
}

/** The same claim under every rule and alliance definition: built only when opened. */
function EveryReading({ groups }: { groups: readonly GroupFit[] }) {
  const [open, setOpen] = useState(false)
  const t = useT(caseFitWords)
  const w = useWords()
  const library = useExplorerStore((s) => s.library)
  const scenario = useExplorerStore((s) => s.scenario)
  const settings = useExplorerStore((s) => s.settings)
  const grid = useMemo(
    () => (open ? fitGrid(library, scenario, settings) : []),
    [open, library, scenario, settings],
  )
  return (
    <details className="every-reading" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('every-reading')}</summary>
      {open && (
        <table>
          <caption className="visually-hidden">{t('every-reading.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rule')}</th>
              <th scope="col">{t('definition')}</th>
              {groups.map((g) => (
                <th key={g.group} scope="col">
                  {groupName(g.group, t, w)}
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
                <th scope="row">{w.RULE_SHORT[cell.rule]}</th>
                <td>{w.HISTORY_LABEL[cell.history]}</td>
                {cell.accuracy.map((a, k) => (
                  <td key={groups[k]!.group}>{w.percent(a, 1)}</td>
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
  const t = useT(caseFitWords)
  const w = useWords()
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
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="case-fit-sentence">
        {rich(
          t('sentence', {
            essay: w.percent(fitOf('essay').metrics.accuracy, 1),
            outOfSample: w.percent(fitOf('out-of-sample').metrics.accuracy, 1),
            all: w.percent(fitOf('all').metrics.accuracy, 1),
          }),
          { term: (c) => <Term id="out-of-sample">{c}</Term> },
        )}
      </p>
      <table className="case-fit-table">
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            <td />
            {groups.map((f) => (
              <th key={f.group} scope="col">
                {t('column', { group: groupName(f.group, t, w), n: f.pairs })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(t('scored'), (f) => String(f.metrics.total))}
          {row(<Term id="accuracy">{t('accuracy')}</Term>, (f) => w.percent(f.metrics.accuracy, 1))}
          {row(<Term id="precision">{t('precision')}</Term>, (f) =>
            w.percent(f.metrics.precision, 1),
          )}
          {row(<Term id="recall">{t('recall')}</Term>, (f) => w.percent(f.metrics.recall, 1))}
          {row(t('always-no'), (f) => w.percent(f.trivial.alwaysNo, 1))}
          {row(t('same-as-last-year'), (f) => w.percent(f.trivial.sameAsLastYear, 1))}
        </tbody>
      </table>
      <div className="confusions" role="group" aria-label={t('confusions')}>
        {groups.map((f) => (
          <Confusion key={f.group} fit={f} />
        ))}
      </div>
      <h3 id={`${id}-counter`}>{t('counter')}</h3>
      {counter.length === 0 ? (
        <p>{t('counter.none')}</p>
      ) : (
        <ol className="counter-examples" aria-labelledby={`${id}-counter`}>
          {counter.map((c) => (
            <li key={`${c.dyad}-${c.from}`}>
              {rich(
                t('counter.item', {
                  pair: labels.dyadIn(c.dyad, c.from, c.to),
                  years: years(c.from, c.to),
                  group: w.label(`cases.${c.group}`).toLocaleLowerCase(w.language),
                  why: why(c.kind, t),
                }),
                { b: (c) => <strong>{c}</strong> },
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('questions')}</h3>
      <ul className="scope-questions">
        <li>{t('question.communist')}</li>
        <li>{t('question.small-state')}</li>
        <li>{t('question.criterion')}</li>
      </ul>
      <EveryReading groups={groups} />
    </section>
  )
}
