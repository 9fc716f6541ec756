import { useExplorerStore } from '@/store/explorer-store'
import { HISTORY_LABEL } from '@/ui/words'
import { HISTORY_SERIES } from '@/model/types'

/** What the model is, how the data were coded, and where they come from. */
export function AboutPanel() {
  const source = useExplorerStore((s) => s.base.source)
  const essay = source.sources.find((s) => s.id === 'VU2021')
  return (
    <details className="about">
      <summary>About the model and data</summary>
      <div className="about-body">
        <h2>The theory</h2>
        <p>
          Khang Vu (<cite>The Diplomat</cite>, May 2021) argues that China and Vietnam, as
          single-party communist states whose armies answer to the party, take an ally only when two
          things hold at once: the partner faces the same enemy (a <strong>shared threat</strong>),
          and the partner is ruled the same way (a <strong>shared ideology</strong>). A common enemy
          alone is not enough: close military ties with an ideological rival could loosen the
          party&apos;s grip on its own soldiers.
          {essay?.url ? (
            <>
              {' '}
              <a href={essay.url} target="_blank" rel="noreferrer">
                Read the essay
              </a>
              .
            </>
          ) : null}
        </p>
        <h2>How the model works</h2>
        <ul>
          <li>
            <strong>Shared ideology</strong>, strict reading: both states are ruled by a communist
            party and the two parties are not in open rift (as Beijing and Moscow were in 1960–88).
            Lenient reading: both are communist.
          </li>
          <li>
            <strong>Shared threat</strong>: both face the same adversary and are not rivals of each
            other. Where that is partial or disputed the cell is coded contested, and a setting
            decides how it counts.
          </li>
          <li>
            <strong>Prediction</strong>: an alliance when both criteria hold. Other rules test each
            criterion on its own, or let an alliance outlive a failed criterion by a few years.
          </li>
          <li>
            Each pair-year is a <strong>hit</strong>, a <strong>miss</strong>, a{' '}
            <strong>false alarm</strong> or a <strong>correct rejection</strong> against the chosen
            definition of an alliance.
          </li>
        </ul>
        <h2>What counts as an alliance</h2>
        <p>The debate over the essay turns on this, so the app offers five records of history:</p>
        <ul>
          {HISTORY_SERIES.map((h) => (
            <li key={h}>{HISTORY_LABEL[h]}</li>
          ))}
        </ul>
        <h2>The data</h2>
        <p>
          {source.states.length} states and {source.dyads.length} pairs, {source.firstYear}–
          {source.lastYear}, coded in spans of years. Every span carries a one-line reason in our
          own words, its sources and a confidence (high, medium or low). Where sources disagree the
          cell is marked contested and says what the other reading is. A treaty or regime counts for
          a year if it held at any time in that year. {source.sources.length} sources are cited;
          point at any cell to see its own. The full coding rules are in the project README.
        </p>
      </div>
    </details>
  )
}
