import { useId } from 'react'
import { alliancesOf, verdictOf, type Alliance, type Verdict } from '@/model/debate'
import type { HistorySeries } from '@/model/types'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { formatRuns, HISTORY_LABEL } from '@/ui/words'
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
  const base = useExplorerStore((s) => s.base)
  const history = useExplorerStore((s) => s.settings.history)
  const from = useExplorerStore((s) => s.view.yearFrom)
  const to = useExplorerStore((s) => s.view.yearTo)
  const update = useExplorerStore((s) => s.updateSettings)
  const notify = useExplorerStore((s) => s.notify)
  const labels = useExplorerStore(selectLabels)
  if (!COUNTRIES.every((c) => base.stateIndex.has(c))) return null

  const range = from === to ? `${from}` : `${from}–${to}`
  const records = READINGS.map((r) => {
    const byCountry = COUNTRIES.map((c) => alliancesOf(base, r.series, c, from, to))
    return { ...r, byCountry, verdict: verdictOf(byCountry[0]!, byCountry[1]!, to) }
  })
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
  const allyList = (allies: readonly Alliance[]) =>
    allies.length === 0 ? (
      <p>none</p>
    ) : (
      <ul className="ally-list">
        {allies.map((a) => (
          <li key={a.dyad}>
            <strong>
              {labels.stateIn(a.partner, a.runs[0]![0], a.runs[a.runs.length - 1]![1])}
            </strong>{' '}
            ({formatRuns(a.runs)})<span className="hint"> {a.reasons.join(' ')}</span>
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
        {records.map((r) => (
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
      <table className="debate-table">
        <caption>Alliances each country keeps, {range}, under each reading</caption>
        <thead>
          <tr>
            <td />
            {records.map((r) => (
              <th key={r.series} scope="col">
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
              {records.map((r) => (
                <td key={r.series}>
                  <strong>{r.byCountry[k]!.length}</strong>{' '}
                  {r.byCountry[k]!.length === 1 ? 'ally' : 'allies'}
                  {allyList(r.byCountry[k]!)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Similar policies?</th>
            {records.map((r) => (
              <td key={r.series}>
                {verdictSentence(r.verdict, range, (id) => labels.state(id, r.verdict.lastYear))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
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
