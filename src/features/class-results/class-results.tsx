import { useId, useMemo, useState } from 'react'
import { formatDecimal } from '@/i18n/format'
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
import { useWords } from '@/ui/words'
import { rich, useDataText, useLanguage, useT } from '@/i18n/react'
import { verdictSentence } from '@/features/debate/debate-lens'
import { CaseSpreadChart, optionWords } from './case-spread-chart'
import { handCount } from './hand-count'
import { PredictionResults } from './prediction-results'
import { classResultsWords } from './class-results.en'
import './class-results.css'

/** Krippendorff's alpha to two decimals, in the language's digits ("0.62", "0,62"). */
const twoDecimals = (x: number, language: string) =>
  formatDecimal(language, x, { minDigits: 2, maxDigits: 2, grouping: false })

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
  const t = useT(classResultsWords)
  const w = useWords()
  const dt = useDataText()
  const language = useLanguage()
  const title = (item: { id: string; title: string }) =>
    dt('data.coding-items', `${item.id}.title`, item.title)
  const [hands, setHands] = useState<HandCounts>({})
  const [source, setSource] = useState<'hands' | 'codes'>('hands')
  const [pasted, setPasted] = useState('')
  // Whether the last files chosen were refused as too long.
  const [fileProblem, setFileProblem] = useState(false)
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
      { name: 'vu', result: judge(base, 'essay') },
      { name: 'lan', result: judge(base, 'treaty_defense') },
      { name: 'class', result: judge(withReading(base, applied), 'essay') },
    ] as const
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
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <fieldset className="switch class-source">
        <legend className="visually-hidden">{t('source')}</legend>
        {(
          [
            ['codes', t('source.codes')],
            ['hands', t('source.hands')],
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
            {t('paste')}
            <textarea
              rows={4}
              maxLength={MAX_CLASS_PASTE_CHARS}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
          </label>
          <label className="coding-reason">
            {t('files')}
            <input
              type="file"
              multiple
              accept=".txt,text/plain"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])]
                e.target.value = ''
                const size = files.reduce((n, f) => n + f.size, 0)
                if (size + pasted.length > MAX_CLASS_PASTE_CHARS) {
                  setFileProblem(true)
                  return
                }
                setFileProblem(false)
                void Promise.all(files.map((f) => f.text())).then((texts) =>
                  setPasted((p) => [p, ...texts].filter((t) => t.trim()).join('\n')),
                )
              }}
            />
          </label>
          {fileProblem && <p role="alert">{t('files.too-big', { max: MAX_CLASS_PASTE_CHARS })}</p>}
          <p role="status">
            {handedIn.accepted.length > 0
              ? t('read.names', {
                  n: handedIn.accepted.length,
                  names: handedIn.accepted.map((work) => work.nickname).join(t('separator')),
                })
              : t('read', { n: 0 })}
          </p>
          {handedIn.problems.length > 0 && (
            <div role="alert">
              <p>{t('left-out', { n: handedIn.problems.length })}</p>
              <ul>
                {handedIn.problems.slice(0, 20).map((p, k) => (
                  <li key={k}>
                    {p.nickname
                      ? t('problem.named', {
                          line: String(p.line),
                          nickname: p.nickname,
                          problem: p.problem,
                        })
                      : t('problem', { line: String(p.line), problem: p.problem })}
                  </li>
                ))}
                {handedIn.problems.length > 20 && (
                  <li>{t('more', { n: handedIn.problems.length - 20 })}</li>
                )}
              </ul>
            </div>
          )}
        </div>
      )}
      <div className="class-scroll" role="region" aria-label={t('region')} tabIndex={0}>
        <table className="class-table">
          <caption>{t('caption', { n: String(answered) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case')}</th>
              <th scope="col">{source === 'hands' ? t('answers.hands') : t('answers.codes')}</th>
              <th scope="col">
                <Term id="percent-agreement">{t('agreement')}</Term>
              </th>
              <th scope="col">{t('reading')}</th>
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
                    {title(item)}
                  </th>
                  <td>
                    <fieldset className="hands">
                      <legend className="visually-hidden">
                        {t('question.legend', {
                          title: title(item),
                          question: t(`question.${decidingQuestion(item)}`),
                        })}
                      </legend>
                      <span aria-hidden="true" className="hands-question">
                        {t(`question.${decidingQuestion(item)}`)}
                      </span>
                      {optionsOf(item).map((option) => {
                        const count = agreement.spread.find((s) => s.value === option)?.count ?? 0
                        return source === 'codes' ? (
                          <span key={String(option)} className="hand">
                            <span>{optionWords(option, language)}</span>
                            <span>{count}</span>
                            <span className="bar" aria-hidden="true">
                              <span style={{ width: total ? `${(100 * count) / total}%` : 0 }} />
                            </span>
                          </span>
                        ) : (
                          <label key={String(option)} className="hand">
                            <span>{optionWords(option, language)}</span>
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
                  <td>{agreement.agreement === null ? '—' : w.percent(agreement.agreement, 0)}</td>
                  <td>
                    {majority === null
                      ? total === 0
                        ? t('no-answers')
                        : t('no-majority')
                      : optionWords(majority, language)}
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
          <summary>{t('reasons')}</summary>
          {items.map((item) => {
            const groups = reasonsByAnswer(item, handedIn.accepted)
            return groups.length === 0 ? null : (
              <section key={item.id} aria-label={t('reasons.region', { title: title(item) })}>
                <h3>{title(item)}</h3>
                <dl>
                  {groups.map((g) => (
                    <div key={String(g.answer)}>
                      <dt>
                        {t('reasons.answer', {
                          answer: optionWords(g.answer, language),
                          n: g.reasons.length,
                        })}
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
          {t('download')}
        </button>
      </p>
      <p>
        {rich(
          t('alpha', {
            value: results.alpha.defined
              ? twoDecimals(results.alpha.alpha, language)
              : results.alpha.reason === 'no-variation'
                ? t('alpha.same')
                : t('alpha.few'),
          }),
          {
            term: (c) => <Term id="alpha">{c}</Term>,
            b: (c) => <strong>{c}</strong>,
          },
        )}
      </p>
      <table className="debate-table class-lenses">
        <caption>{t('lenses', { range })}</caption>
        <thead>
          <tr>
            <td />
            {lenses.map((l) => (
              <th key={l.name} scope="col">
                {t(`lens.${l.name}`)}
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
                  {l.result.allies[k]!.length > 0
                    ? t('allies.names', {
                        n: l.result.allies[k]!.length,
                        names: l.result.allies[k]!.map((a) => labels.state(a.partner)).join(
                          t('separator'),
                        ),
                      })
                    : t('allies', { n: 0 })}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('similar')}</th>
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
