import { useId, useMemo } from 'react'
import { CODING_ITEMS } from '@/data/coding-items'
import { changesToScenario } from '@/model/changes'
import { applyCodes, codeOf, READING_BASE, withReading } from '@/model/coding'
import type { CompiledDataset } from '@/model/compile'
import { lensOf, type Alliance, type LensResult, type Verdict } from '@/model/debate'
import { EMPTY_SCENARIO, type Scenario } from '@/model/scenario'
import type { HistorySeries } from '@/model/types'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels, selectEssayCases } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { formatRuns, HISTORY_LABEL, percent } from '@/ui/words'
import './debate.css'

interface Reading {
  readonly series: HistorySeries
  readonly name: string
  readonly explain: string
}

const VU: Reading = {
  series: 'essay',
  name: "Vu's coding",
  explain: 'the alliances the essay names, treaty or not',
}
const LAN: Reading = {
  series: 'treaty_defense',
  name: "Lan's reading",
  explain: 'only treaties that oblige a party to act if the other is attacked',
}
const READINGS: readonly Reading[] = [VU, LAN]
/** The two datasets, as lenses beside the debate's two sides. */
const DATASETS: readonly Reading[] = [
  { series: 'cow', name: 'COW', explain: 'the Correlates of War alliance data, to 2012' },
  {
    series: 'atop',
    name: 'ATOP',
    explain: 'the Alliance Treaty Obligations and Provisions data, to 2018',
  },
]

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

const names = (ids: readonly string[], name: Name) => ids.map((id) => name(id)).join(' and ')

/** One sentence that says whether "similar alliance policies" holds, and on what evidence. */
export function verdictSentence(v: Verdict, range: string, name: Name): string {
  const [a, b] = v.counts
  const [nowA, nowB] = v.current
  const [A, B] = COUNTRIES.map(name) as [string, string]
  switch (v.similarity) {
    case 'nothing to compare':
      return `Cannot be judged for ${range}: neither country had an ally.`
    case 'falls apart':
      return `The claim falls apart for ${range}: ${a === 0 ? A : B} had no ally at all, while ${a === 0 ? B : A} had ${Math.max(a, b)}.`
    case 'weaker':
      if (Math.abs(a - b) > 1)
        return `The claim is weaker for ${range}: both kept allies, but in clearly different numbers (${A} ${a}, ${B} ${b}).`
      return `The claim is weaker for ${range}: the counts are close (${A} ${a}, ${B} ${b}), but only ${nowA.length > 0 ? `${A} still had an ally in ${v.lastYear} (${names(nowA, name)})` : `${B} still had an ally in ${v.lastYear} (${names(nowB, name)})`}.`
    case 'holds':
      return `The claim holds for ${range}: ${A} had ${a} ${a === 1 ? 'ally' : 'allies'} and ${B} ${b}, and ${
        nowA.length > 0
          ? `each still had one in ${v.lastYear} (${names(nowA, name)}; ${names(nowB, name)})`
          : `neither still had one in ${v.lastYear}`
      }.`
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
        ownReasons.set(item.dyad, [...(ownReasons.get(item.dyad) ?? []), `Your reason: ${why}`])
    }
    const standard = [...READINGS, ...DATASETS].map((r): Lens => ({
      ...r,
      key: r.series,
      compiled: base,
      scenario: EMPTY_SCENARIO,
      result: judge(r, base, EMPTY_SCENARIO),
    }))
    const myReading: Reading = {
      series: READING_BASE,
      name: 'My reading',
      explain: `your codes, ${applied.decided.length} of ${CODING_ITEMS.length} cases; Vu's coding for the rest`,
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
  }, [present, base, settings, codes, from, to])
  if (!present) return null

  const range = from === to ? `${from}` : `${from}–${to}`
  const choose = (r: Reading) => {
    if (history === r.series) return
    const previous = history
    const back = READINGS.find((x) => x.series === previous)?.name ?? HISTORY_LABEL[previous]
    update({ history: r.series })
    notify({
      kind: 'info',
      text: `The alliance definition changed for the whole app: the timeline, table and metrics now score the model against ${r.name} (${r.explain}). To go back, press "${back}" or pick the definition in Model settings.`,
      action: { label: `Back to ${back}`, run: () => update({ history: previous }) },
    })
  }
  const allyList = (allies: readonly Alliance[], own?: ReadonlyMap<string, readonly string[]>) =>
    allies.length === 0 ? (
      <p>none</p>
    ) : (
      <ul className="ally-list">
        {allies.map((a) => (
          <li key={a.dyad}>
            <strong>
              {labels.stateIn(a.partner, a.runs[0]![0], a.runs[a.runs.length - 1]![1])}
            </strong>{' '}
            ({formatRuns(a.runs)})
            <span className="hint"> {(own?.get(a.dyad) ?? a.reasons).join(' ')}</span>
          </li>
        ))}
      </ul>
    )
  // Years in the range where the two readings disagree, per pair, with each side's reason.
  const disputed = base.dyads.flatMap((d) => {
    const rec = base.source.dyads[d.index]!
    if (!COUNTRIES.some((c) => rec.a === c || rec.b === c)) return []
    const vu = d.history[VU.series]
    const lan = d.history[LAN.series]
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
        where: `${labels.dyadIn(d.id, a, b)}, ${a === b ? a : `${a}–${b}`}`,
        vu: `${vuAllied ? 'allied' : 'not allied'}: ${reason(VU.series, a)}`,
        lan: `${vuAllied ? 'not allied' : 'allied'}: ${reason(LAN.series, a)}`,
      }))
  })
  const articles = ARTICLES.map((a) => base.source.sources.find((s) => s.id === a)).filter(
    (s) => s?.url,
  )

  return (
    <section className="panel debate" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>The Vu–Lan debate</h2>
      <p className="hint">
        Ngo Di Lan answered the essay that it depends on what counts as an alliance. Choose a
        reading and watch the verdict on &quot;China and Vietnam have similar alliance
        policies&quot;. The reading becomes the alliance definition for the whole app.
      </p>
      <div className="button-row" role="group" aria-label="Reading of alliances">
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
      <div
        className="debate-scroll"
        role="region"
        aria-label="The readings side by side"
        tabIndex={0}
      >
        <table className="debate-table">
          <caption>Alliances each country keeps, {range}, under each reading</caption>
          <thead>
            <tr>
              <td />
              {lenses.map((r) => (
                <th key={r.key} scope="col">
                  {r.name}
                  <span className="hint"> ({r.explain})</span>
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
                    <strong>{r.result.allies[k]!.length}</strong>{' '}
                    {r.result.allies[k]!.length === 1 ? 'ally' : 'allies'}
                    {allyList(r.result.allies[k]!, r.ownReasons)}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Similar policies?</th>
              {lenses.map((r) => (
                <td key={r.key}>
                  {verdictSentence(r.result.verdict, range, (id) =>
                    labels.state(id, r.result.verdict.lastYear),
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">The two-criteria model agrees</th>
              {lenses.map((r) => (
                <td key={r.key}>
                  {r.result.accuracy === null
                    ? 'no year scored'
                    : `in ${percent(r.result.accuracy, 1)} of dyad-years`}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="hint">
        {open.length === 0 ? (
          <>My reading uses your code for every case.</>
        ) : (
          <>
            Still open in My reading ({open.length}), where Vu&apos;s coding stands:{' '}
            {open.map((id) => CODING_ITEMS.find((i) => i.id === id)?.title ?? id).join('; ')}.{' '}
            <a href="#coding">Code them below</a>.
          </>
        )}
      </p>
      <p className="hint">
        Lan&apos;s side is reconstructed. Only the opening paragraphs of his rebuttal and of
        Vu&apos;s reply could be read, so &quot;Lan&apos;s reading&quot; applies the criterion he
        states there (a treaty must oblige a party to help if the other is attacked) to the treaty
        texts, and counts Article 6 of the 1978 Soviet–Vietnamese treaty as he is reported to have
        done.
        {articles.length > 0 && (
          <>
            {' '}
            Read the articles:{' '}
            {articles.map((s, k) => (
              <span key={s!.id}>
                {k > 0 && ' · '}
                <a href={s!.url} target="_blank" rel="noreferrer">
                  {s!.id === 'S27' ? "Lan's rebuttal" : "Vu's reply"}
                </a>
              </span>
            ))}
            .
          </>
        )}
      </p>
      {disputed.length > 0 && (
        <details>
          <summary>
            Where the two readings differ, {range} ({disputed.length})
          </summary>
          <ul>
            {disputed.map((d) => (
              <li key={d.key}>
                <strong>{d.where}</strong>. Vu: {d.vu} Lan: {d.lan}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
