import { useId } from 'react'
import { alliancesOf, similarity, type Alliance } from '@/model/debate'
import type { HistorySeries } from '@/model/types'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { formatRuns } from '@/ui/words'

const READINGS: readonly { series: HistorySeries; name: string; explain: string }[] = [
  { series: 'essay', name: "Vu's coding", explain: 'the alliances the essay names, treaty or not' },
  {
    series: 'treaty_defense',
    name: "Lan's reading",
    explain: 'only treaties with an explicit obligation to defend the other',
  },
]

const COUNTRIES = ['CHN', 'VNM'] as const

const VERDICT: Readonly<Record<ReturnType<typeof similarity>, string>> = {
  holds: 'holds: both keep allies, and about as many',
  weaker: 'is weaker: both keep allies, but in clearly different numbers',
  'falls apart': 'falls apart: one of them has no ally at all',
  'nothing to compare': 'cannot be judged: neither has an ally',
}

/**
 * The Vu–Lan debate in one switch: which alliances China and Vietnam keep when any named alliance
 * counts (Vu) and when only explicit defence treaties do (Lan), and whether "similar alliance
 * policies" survives each reading.
 */
export function DebateLens() {
  const id = useId()
  const base = useExplorerStore((s) => s.base)
  const history = useExplorerStore((s) => s.settings.history)
  const update = useExplorerStore((s) => s.updateSettings)
  const labels = useExplorerStore(selectLabels)
  if (!COUNTRIES.every((c) => base.stateIndex.has(c))) return null

  const records = READINGS.map((r) => ({
    ...r,
    byCountry: COUNTRIES.map((c) => alliancesOf(base, r.series, c)),
  }))
  const list = (allies: readonly Alliance[]) =>
    allies.length === 0
      ? 'none'
      : allies
          .map((a) => {
            const partner = labels.stateIn(a.partner, a.runs[0]![0], a.runs[a.runs.length - 1]![1])
            return `${partner} (${formatRuns(a.runs)})`
          })
          .join('; ')
  const disputed = base.source.dyads
    .filter((d) => COUNTRIES.some((c) => d.a === c || d.b === c))
    .flatMap((d) =>
      (['essay', 'treaty_defense'] as const).flatMap((f) =>
        d[f]
          .filter((s) => s.contested)
          .map((s) => ({
            key: `${d.id}-${f}-${s.from}`,
            text: `${labels.dyadIn(d.id, s.from, s.to)}, ${s.from}–${s.to} (${f === 'essay' ? 'Vu' : 'Lan'}: ${s.value ? 'allied' : 'not allied'}): ${s.contested}`,
          })),
      ),
    )

  return (
    <section className="panel debate" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>The Vu–Lan debate</h2>
      <p className="hint">
        Ngo Di Lan answered the essay that it depends on what counts as an alliance. Switch the
        reading and watch the verdict on &quot;China and Vietnam have similar alliance
        policies&quot;.
      </p>
      <div className="button-row" role="group" aria-label="Reading of alliances">
        {records.map((r) => (
          <button
            key={r.series}
            type="button"
            aria-pressed={history === r.series}
            onClick={() => update({ history: r.series })}
          >
            {r.name}
          </button>
        ))}
      </div>
      <table className="debate-table">
        <caption>Alliances each country keeps, 1949–2026, under each reading</caption>
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
                  <strong>{r.byCountry[k]!.length}</strong>: {list(r.byCountry[k]!)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Similar policies?</th>
            {records.map((r) => (
              <td key={r.series}>
                The claim {VERDICT[similarity(r.byCountry[0]!.length, r.byCountry[1]!.length)]}.
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {disputed.length > 0 && (
        <details>
          <summary>Codings the two readings dispute ({disputed.length})</summary>
          <ul>
            {disputed.map((d) => (
              <li key={d.key}>{d.text}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
