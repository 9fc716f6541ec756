import { useId, useMemo, useState } from 'react'
import { BUILTIN_CLASS_LESSON, type ClassLesson } from './class-lesson'
import {
  answersFromCodes,
  answersFromHands,
  CLASS_RESULT_COLUMNS,
  classResultRows,
  classResults,
  reasonsByAnswer,
  type HandCounts,
} from '@/model/class-reading'
import { applyCodes, decidingQuestion, optionsOf, withReading, type Deciding } from '@/model/coding'
import { lensOf } from '@/model/debate'
import { downloadBlob } from '@/lib/download'
import { toCsv } from '@/lib/csv'
import { LIMITS } from '@/model/limits'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { MAX_CLASS_PASTE_CHARS, readAnswerCodes } from '@/share/answer-code'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels, selectEssayCases } from '@/store/selectors'
import { Term } from '@/ui/term'
import { percent } from '@/ui/words'
import { verdictSentence } from '@/features/debate/debate-lens'
import { CaseSpreadChart, optionWords } from './case-spread-chart'
import { handCount } from './hand-count'
import { PredictionResults } from './prediction-results'
import './class-results.css'

const QUESTION_WORDS = {
  alliance: 'Alliance?',
  end: 'Last allied year?',
  threat: 'Shared threat?',
} as const

/**
 * "Class results", for the teacher: how the class coded the disputed cases, entered as a show of
 * hands on the projector. Per case the spread of answers, the agreement and the majority; over all
 * cases Krippendorff's alpha; and the class reading (each majority) judged beside Vu's and Lan's.
 * The spread per case and the exercises' answers before and after each reveal are charted too;
 * every chart exports as PNG, SVG and CSV.
 */
export function ClassResults({
  chartWidth,
  lesson = BUILTIN_CLASS_LESSON,
}: {
  /** The lesson the codes answer; the explorer's own by default. */
  lesson?: ClassLesson
  /** A fixed width for the charts (tests: jsdom measures nothing); else they fit the page. */
  chartWidth?: number
} = {}) {
  const id = useId()
  const [hands, setHands] = useState<HandCounts>({})
  const [source, setSource] = useState<'hands' | 'codes'>('hands')
  const [pasted, setPasted] = useState('')
  const [fileProblem, setFileProblem] = useState('')
  const handedIn = useMemo(() => readAnswerCodes(pasted, lesson.code), [pasted, lesson.code])
  const items = lesson.items
  const base = useExplorerStore(selectEssayCases)
  const settings = useExplorerStore((s) => s.settings)
  const labels = useExplorerStore(selectLabels)
  const from = useExplorerStore((s) => s.view.yearFrom)
  const to = useExplorerStore((s) => s.view.yearTo)

  const results = useMemo(
    () =>
      classResults(
        items,
        source === 'hands'
          ? answersFromHands(items, hands)
          : answersFromCodes(
              items,
              handedIn.accepted.map((w) => w.codes),
            ),
      ),
    [items, source, hands, handedIn],
  )
  const lenses = useMemo(() => {
    const model = { ...settings, rule: 'two-criteria' as const }
    const countries = ['CHN', 'VNM'] as const
    if (!countries.every((c) => base.stateIndex.has(c))) return []
    const applied = applyCodes(items, results.codes)
    const judge = (c: typeof base, series: 'essay' | 'treaty_defense') =>
      lensOf(c, series, countries, EMPTY_SCENARIO, model, from, to)
    return [
      { name: "Vu's coding", result: judge(base, 'essay') },
      { name: "Lan's reading", result: judge(base, 'treaty_defense') },
      { name: 'The class reading', result: judge(withReading(base, applied), 'essay') },
    ]
  }, [base, settings, items, results, from, to])
  const answered = results.items.reduce(
    (n, r) => n + r.agreement.spread.reduce((m, s) => m + s.count, 0),
    0,
  )
  const range = from === to ? `${from}` : `${from}–${to}`

  const setCount = (item: string, option: Deciding, text: string) =>
    setHands((h) => ({ ...h, [item]: { ...h[item], [String(option)]: handCount(text) } }))

  return (
    <section className="panel class-results" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Class results</h2>
      <p className="hint">
        For the teacher, on the projector. Paste the answer codes the students handed in, or ask for
        a show of hands on each case and type the counts: the spread, the agreement and the class
        reading follow. Nothing is sent anywhere, and nothing here is kept when the page closes.
      </p>
      <fieldset className="switch class-source">
        <legend className="visually-hidden">How the class answered</legend>
        {(
          [
            ['codes', 'Answer codes'],
            ['hands', 'Hands up'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-source`}
              checked={source === value}
              onChange={() => setSource(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {source === 'codes' && (
        <div className="class-codes">
          <label className="coding-reason">
            Paste the answer codes (one per line, a column of a spreadsheet, or a chat log)
            <textarea
              rows={4}
              maxLength={MAX_CLASS_PASTE_CHARS}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
          </label>
          <label className="coding-reason">
            Or open answer files
            <input
              type="file"
              multiple
              accept=".txt,text/plain"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])]
                e.target.value = ''
                const size = files.reduce((n, f) => n + f.size, 0)
                if (size + pasted.length > MAX_CLASS_PASTE_CHARS) {
                  setFileProblem(
                    `The files were not opened: with what is pasted they come to more than ${MAX_CLASS_PASTE_CHARS.toLocaleString('en')} characters. Open fewer at a time.`,
                  )
                  return
                }
                setFileProblem('')
                void Promise.all(files.map((f) => f.text())).then((texts) =>
                  setPasted((p) => [p, ...texts].filter((t) => t.trim()).join('\n')),
                )
              }}
            />
          </label>
          {fileProblem && <p role="alert">{fileProblem}</p>}
          <p role="status">
            {handedIn.accepted.length === 1
              ? '1 student’s work read'
              : `${handedIn.accepted.length} students’ work read`}
            {handedIn.accepted.length > 0 &&
              `: ${handedIn.accepted.map((w) => w.nickname).join(', ')}`}
            .
          </p>
          {handedIn.problems.length > 0 && (
            <div role="alert">
              <p>
                {handedIn.problems.length === 1
                  ? 'One code was left out:'
                  : `${handedIn.problems.length} codes were left out:`}
              </p>
              <ul>
                {handedIn.problems.slice(0, 20).map((p, k) => (
                  <li key={k}>
                    Line {p.line}
                    {p.nickname ? ` (${p.nickname})` : ''}: {p.problem}.
                  </li>
                ))}
                {handedIn.problems.length > 20 && (
                  <li>and {handedIn.problems.length - 20} more.</li>
                )}
              </ul>
            </div>
          )}
        </div>
      )}
      <div
        className="class-scroll"
        role="region"
        aria-label="Counts and results per case"
        tabIndex={0}
      >
        <table className="class-table">
          <caption>How the class answered each case, {answered} answers in all</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">{source === 'hands' ? 'Hands up for each answer' : 'Answers'}</th>
              <th scope="col">
                <Term id="percent-agreement">Agreement</Term>
              </th>
              <th scope="col">Class reading</th>
            </tr>
          </thead>
          <tbody>
            {results.items.map(({ item, agreement, majority }, k) => {
              const total = agreement.spread.reduce((n, s) => n + s.count, 0)
              return (
                <tr key={item.id}>
                  <th scope="row">
                    {/* The case's number on the chart below, which lists it in words. */}
                    <span aria-hidden="true">{k + 1}. </span>
                    {item.title}
                  </th>
                  <td>
                    <fieldset className="hands">
                      <legend className="visually-hidden">
                        {item.title}: {QUESTION_WORDS[decidingQuestion(item)]}
                      </legend>
                      <span aria-hidden="true" className="hands-question">
                        {QUESTION_WORDS[decidingQuestion(item)]}
                      </span>
                      {optionsOf(item).map((option) => {
                        const count = agreement.spread.find((s) => s.value === option)?.count ?? 0
                        return source === 'codes' ? (
                          <span key={String(option)} className="hand">
                            <span>{optionWords(option)}</span>
                            <span>{count}</span>
                            <span className="bar" aria-hidden="true">
                              <span style={{ width: total ? `${(100 * count) / total}%` : 0 }} />
                            </span>
                          </span>
                        ) : (
                          <label key={String(option)} className="hand">
                            <span>{optionWords(option)}</span>
                            <input
                              type="number"
                              inputMode="numeric"
                              min={0}
                              max={LIMITS.classSize}
                              value={hands[item.id]?.[String(option)] ?? ''}
                              placeholder="0"
                              onChange={(e) => setCount(item.id, option, e.target.value)}
                            />
                            {/* The bar repeats the count as a length; the number is the text. */}
                            <span className="bar" aria-hidden="true">
                              <span style={{ width: total ? `${(100 * count) / total}%` : 0 }} />
                            </span>
                          </label>
                        )
                      })}
                    </fieldset>
                  </td>
                  <td>{agreement.agreement === null ? '—' : percent(agreement.agreement, 0)}</td>
                  <td>
                    {majority === null
                      ? total === 0
                        ? 'no answers yet'
                        : "no majority: Vu's coding stands"
                      : optionWords(majority)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <CaseSpreadChart results={results} width={chartWidth} />
      {source === 'codes' && handedIn.accepted.length > 0 && (
        <details className="class-reasons">
          <summary>The class&apos;s reasons, by answer</summary>
          {items.map((item) => {
            const groups = reasonsByAnswer(item, handedIn.accepted)
            return groups.length === 0 ? null : (
              <section key={item.id} aria-label={`Reasons: ${item.title}`}>
                <h3>{item.title}</h3>
                <dl>
                  {groups.map((g) => (
                    <div key={String(g.answer)}>
                      <dt>
                        {optionWords(g.answer)} ({g.reasons.length})
                      </dt>
                      {g.reasons.map((r) => (
                        <dd key={r.nickname}>
                          <strong>{r.nickname}:</strong> {r.reason}
                        </dd>
                      ))}
                    </div>
                  ))}
                </dl>
              </section>
            )
          })}
        </details>
      )}
      <p className="button-row">
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([toCsv(CLASS_RESULT_COLUMNS, classResultRows(results))], {
                type: 'text/csv;charset=utf-8',
              }),
              'alliance-explorer_class-results.csv',
            )
          }
        >
          Download class results (CSV)
        </button>
      </p>
      <p>
        <Term id="alpha">Krippendorff&apos;s alpha</Term> over all cases:{' '}
        <strong>
          {results.alpha.defined
            ? results.alpha.alpha.toFixed(2)
            : results.alpha.reason === 'no-variation'
              ? 'not defined (everyone gave the same answers)'
              : 'not defined yet (it needs two answers on a case)'}
        </strong>
        .
      </p>
      <table className="debate-table class-lenses">
        <caption>The class reading beside Vu&apos;s and Lan&apos;s, {range}</caption>
        <thead>
          <tr>
            <td />
            {lenses.map((l) => (
              <th key={l.name} scope="col">
                {l.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['CHN', 'VNM'] as const).map((c, k) => (
            <tr key={c}>
              <th scope="row">{labels.state(c)}</th>
              {lenses.map((l) => (
                <td key={l.name}>
                  {l.result.allies[k]!.length}{' '}
                  {l.result.allies[k]!.length === 1 ? 'ally' : 'allies'}
                  {l.result.allies[k]!.length > 0 &&
                    `: ${l.result.allies[k]!.map((a) => labels.state(a.partner)).join(', ')}`}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Similar policies?</th>
            {lenses.map((l) => (
              <td key={l.name}>
                {verdictSentence(l.result.verdict, range, (s) =>
                  labels.state(s, l.result.verdict.lastYear),
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <PredictionResults
        handedIn={source === 'codes' ? handedIn.accepted : undefined}
        width={chartWidth}
        exercises={lesson.exercises}
      />
    </section>
  )
}
