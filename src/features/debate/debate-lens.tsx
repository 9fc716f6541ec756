import { useId, useMemo } from 'react'
import { CODING_ITEMS } from '@/data/coding-items'
import { activeLanguage, text, type Translate } from '@/i18n/catalogue'
import { formatList } from '@/i18n/format'
import type { Language } from '@/i18n/languages'
import { rich, useDataText, useLanguage, useT } from '@/i18n/react'
import { changesToScenario } from '@/model/changes'
import { applyCodes, codeOf, READING_BASE, withReading } from '@/model/coding'
import type { CompiledDataset } from '@/model/compile'
import { lensOf, type Alliance, type LensResult, type Verdict } from '@/model/debate'
import { EMPTY_SCENARIO, type Scenario } from '@/model/scenario'
import type { HistorySeries } from '@/model/types'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels, selectEssayCases } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { useWords } from '@/ui/words'
import { debateLensWords } from './debate-lens.en'
import './debate.css'

type T = Translate<typeof debateLensWords>

interface Reading {
  readonly series: HistorySeries
  readonly name: string
  readonly explain: string
}

/** The debate's two sides, in the language of `t`. */
const vuOf = (t: T): Reading => ({
  series: 'essay',
  name: t('vu.name'),
  explain: t('vu.explain'),
})
const lanOf = (t: T): Reading => ({
  series: 'treaty_defense',
  name: t('lan.name'),
  explain: t('lan.explain'),
})
const readingsOf = (t: T): readonly Reading[] => [vuOf(t), lanOf(t)]
/** The two datasets, as lenses beside the debate's two sides; their names are codes. */
const datasetsOf = (t: T): readonly Reading[] => [
  { series: 'cow', name: 'COW', explain: t('cow.explain') },
  { series: 'atop', name: 'ATOP', explain: t('atop.explain') },
]
const VU_SERIES: HistorySeries = 'essay'
const LAN_SERIES: HistorySeries = 'treaty_defense'

/** A column of the table: a reading of history, and the dataset and inputs it is judged on. */
interface Lens extends Reading {
  readonly key: string
  readonly compiled: CompiledDataset
  readonly scenario: Scenario
  readonly result: LensResult
  /** For "My reading": the student's own reasons, by pair, for the cases they decided. */
  readonly ownReasons?: ReadonlyMap<string, readonly string[]>
}

const COUNTRIES = ['CHN', 'VNM'] as const

/** The articles of the debate, by source id: Lan's rebuttal, then Vu's reply. */
const ARTICLES = ['S27', 'S27R'] as const

type Name = (id: string) => string

/** "North Korea and Laos": English keeps its "A and B and C"; other languages write their list. */
const names = (ids: readonly string[], name: Name, language: Language) =>
  language === 'en' ? ids.map((id) => name(id)).join(' and ') : formatList(language, ids.map(name))

/**
 * One sentence that says whether "similar alliance policies" holds, and on what evidence, in the
 * language in use (or `language`).
 */
export function verdictSentence(
  v: Verdict,
  range: string,
  name: Name,
  language: Language = activeLanguage(),
): string {
  const [a, b] = v.counts
  const [nowA, nowB] = v.current
  const [A, B] = COUNTRIES.map(name) as [string, string]
  const say = (key: Parameters<T>[0], params: Parameters<T>[1]) =>
    text(debateLensWords, key, { range, year: String(v.lastYear), ...params }, language)
  switch (v.similarity) {
    case 'nothing to compare':
      return say('verdict.nothing', {})
    case 'falls apart':
      return say('verdict.falls-apart', {
        without: a === 0 ? A : B,
        with: a === 0 ? B : A,
        n: Math.max(a, b),
      })
    case 'weaker':
      if (Math.abs(a - b) > 1) return say('verdict.weaker.apart', { a: A, na: a, b: B, nb: b })
      return say('verdict.weaker.close', {
        a: A,
        na: a,
        b: B,
        nb: b,
        still: nowA.length > 0 ? A : B,
        allies: names(nowA.length > 0 ? nowA : nowB, name, language),
      })
    case 'holds':
      return nowA.length > 0
        ? say('verdict.holds.each', {
            a: A,
            na: a,
            b: B,
            nb: b,
            alliesA: names(nowA, name, language),
            alliesB: names(nowB, name, language),
          })
        : say('verdict.holds.neither', { a: A, na: a, b: B, nb: b })
  }
}

/**
 * The Vu–Lan debate in one switch: which alliances China and Vietnam keep in the years shown when
 * any named alliance counts (Vu) and when only treaties with a defence obligation do (Lan), why,
 * and whether "similar alliance policies" survives each reading.
 */
export function DebateLens() {
  const id = useId()
  const base = useExplorerStore(selectEssayCases)
  const history = useExplorerStore((s) => s.settings.history)
  const from = useExplorerStore((s) => s.view.yearFrom)
  const to = useExplorerStore((s) => s.view.yearTo)
  const update = useExplorerStore((s) => s.updateSettings)
  const notify = useExplorerStore((s) => s.notify)
  const labels = useExplorerStore(selectLabels)
  const settings = useExplorerStore((s) => s.settings)
  const codes = useExplorerStore((s) => s.codes)
  const t = useT(debateLensWords)
  const w = useWords()
  const dt = useDataText()
  const language = useLanguage()
  const READINGS = readingsOf(t)
  const present = COUNTRIES.every((c) => base.stateIndex.has(c))
  // Every lens judged the same way: the two-criteria model on history, over the years shown.
  const { lenses, open } = useMemo(() => {
    if (!present) return { lenses: [], open: [] }
    const model = { ...settings, rule: 'two-criteria' as const }
    const judge = (r: Reading, compiled: CompiledDataset, scenario: Scenario) =>
      lensOf(compiled, r.series, COUNTRIES, scenario, model, from, to)
    const applied = applyCodes(CODING_ITEMS, codes)
    const mine = withReading(base, applied)
    const threat = changesToScenario(base, applied.threat)
    const ownReasons = new Map<string, string[]>()
    for (const item of CODING_ITEMS) {
      const why = codeOf(codes, item.id)?.reason?.trim()
      if (why && applied.decided.includes(item.id))
        ownReasons.set(item.dyad, [
          ...(ownReasons.get(item.dyad) ?? []),
          t('own-reason', { reason: why }),
        ])
    }
    const standard = [...readingsOf(t), ...datasetsOf(t)].map((r): Lens => ({
      ...r,
      key: r.series,
      compiled: base,
      scenario: EMPTY_SCENARIO,
      result: judge(r, base, EMPTY_SCENARIO),
    }))
    const myReading: Reading = {
      series: READING_BASE,
      name: t('mine.name'),
      explain: t('mine.explain', { n: applied.decided.length, total: CODING_ITEMS.length }),
    }
    return {
      lenses: [
        ...standard,
        {
          ...myReading,
          key: 'mine',
          compiled: mine,
          scenario: threat,
          result: judge(myReading, mine, threat),
          ownReasons,
        },
      ],
      open: applied.open,
    }
  }, [present, base, settings, codes, from, to, t])
  if (!present) return null

  const range = from === to ? `${from}` : `${from}–${to}`
  const choose = (r: Reading) => {
    if (history === r.series) return
    const previous = history
    const back = READINGS.find((x) => x.series === previous)?.name ?? w.HISTORY_LABEL[previous]
    update({ history: r.series })
    notify({
      kind: 'info',
      text: t('notice', { name: r.name, explain: r.explain, back }),
      action: { label: t('notice.back', { back }), run: () => update({ history: previous }) },
    })
  }
  const allyList = (allies: readonly Alliance[], own?: ReadonlyMap<string, readonly string[]>) =>
    allies.length === 0 ? (
      <p>{t('none')}</p>
    ) : (
      <ul className="ally-list">
        {allies.map((a) => (
          <li key={a.dyad}>
            <strong>
              {labels.stateIn(a.partner, a.runs[0]![0], a.runs[a.runs.length - 1]![1])}
            </strong>{' '}
            {t('ally.years', { years: w.formatRuns(a.runs) })}
            {own?.has(a.dyad) ? (
              // The student's own reasons, in their words.
              <span className="hint"> {own.get(a.dyad)!.join(' ')}</span>
            ) : (
              <span className="hint">
                {' '}
                <span lang="en">{a.reasons.join(' ')}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    )
  // Years in the range where the two readings disagree, per pair, with each side's reason.
  const disputed = base.dyads.flatMap((d) => {
    const rec = base.source.dyads[d.index]!
    if (!COUNTRIES.some((c) => rec.a === c || rec.b === c)) return []
    const vu = d.history[VU_SERIES]
    const lan = d.history[LAN_SERIES]
    const only = (x: Uint8Array, y: Uint8Array) => x.map((v, i) => v & (y[i]! ^ 1))
    const reason = (series: HistorySeries, year: number) =>
      rec[series].find((s) => s.from <= year && year <= s.to)?.rationale ?? ''
    return [
      ...runsOf(only(vu, lan), base.firstYear, from, to).map((r) => ({ r, vuAllied: true })),
      ...runsOf(only(lan, vu), base.firstYear, from, to).map((r) => ({ r, vuAllied: false })),
    ]
      .sort((x, y) => x.r[0] - y.r[0])
      .map(({ r: [a, b], vuAllied }) => ({
        key: `${d.id}-${a}`,
        where: t('differ.where', {
          pair: labels.dyadIn(d.id, a, b),
          years: a === b ? `${a}` : `${a}–${b}`,
        }),
        vuAllied,
        vu: reason(VU_SERIES, a),
        lan: reason(LAN_SERIES, a),
      }))
  })
  const articles = ARTICLES.map((a) => base.source.sources.find((s) => s.id === a)).filter(
    (s) => s?.url,
  )

  return (
    <section className="panel debate" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <div className="button-row" role="group" aria-label={t('readings')}>
        {READINGS.map((r) => (
          <button
            key={r.series}
            type="button"
            aria-pressed={history === r.series}
            onClick={() => choose(r)}
          >
            {r.name}
          </button>
        ))}
      </div>
      <div className="debate-scroll" role="region" aria-label={t('side-by-side')} tabIndex={0}>
        <table className="debate-table">
          <caption>{t('caption', { range })}</caption>
          <thead>
            <tr>
              <td />
              {lenses.map((r) => (
                <th key={r.key} scope="col">
                  {r.name}
                  <span className="hint"> {t('column.explain', { explain: r.explain })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COUNTRIES.map((c, k) => (
              <tr key={c}>
                <th scope="row">{labels.state(c)}</th>
                {lenses.map((r) => (
                  <td key={r.key}>
                    {rich(t('allies', { n: r.result.allies[k]!.length }), {
                      b: (c) => <strong>{c}</strong>,
                    })}
                    {allyList(r.result.allies[k]!, r.ownReasons)}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('similar')}</th>
              {lenses.map((r) => (
                <td key={r.key}>
                  {verdictSentence(
                    r.result.verdict,
                    range,
                    (id) => labels.state(id, r.result.verdict.lastYear),
                    language,
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('model-agrees')}</th>
              {lenses.map((r) => (
                <td key={r.key}>
                  {r.result.accuracy === null
                    ? t('no-year')
                    : t('agrees-in', { share: w.percent(r.result.accuracy, 1) })}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="hint">
        {open.length === 0
          ? t('open.none')
          : rich(
              t('open', {
                n: open.length,
                items: open
                  .map((id) => {
                    const item = CODING_ITEMS.find((i) => i.id === id)
                    return item ? dt('data.coding-items', `${id}.title`, item.title) : id
                  })
                  .join(t('open.separator')),
              }),
              { a: (c) => <a href="#coding">{c}</a> },
            )}
      </p>
      <p className="hint">
        {t('reconstructed')}
        {articles.length > 0 && (
          <>
            {' '}
            {t('read-articles')}{' '}
            {articles.map((s, k) => (
              <span key={s!.id}>
                {k > 0 && ' · '}
                <a href={s!.url} target="_blank" rel="noreferrer">
                  {t(s!.id === 'S27' ? 'article.rebuttal' : 'article.reply')}
                </a>
              </span>
            ))}
            .
          </>
        )}
      </p>
      {disputed.length > 0 && (
        <details>
          <summary>{t('differ', { range, n: disputed.length })}</summary>
          <ul>
            {disputed.map((d) => (
              <li key={d.key}>
                {rich(
                  t('differ.item', {
                    where: d.where,
                    vu: d.vuAllied ? 'yes' : 'no',
                    vuReason: d.vu,
                    lan: d.vuAllied ? 'no' : 'yes',
                    lanReason: d.lan,
                  }),
                  {
                    b: (c) => <strong>{c}</strong>,
                    en: (c) => <span lang="en">{c}</span>,
                  },
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {language !== 'en' && <p className="hint">{t('english-note')}</p>}
    </section>
  )
}
