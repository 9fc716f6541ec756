import { showOnTimeline } from '@/features/timeline/show-on-timeline'
import { ARGUMENT, type ArgumentPoint } from '@/data/argument'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { SourceList } from '@/ui/source-list'
import { Term } from '@/ui/term'
import { HISTORY_LABEL } from '@/ui/words'
import { HISTORY_SERIES } from '@/model/types'
import { GlossaryList } from './glossary-list'

/**
 * Takes the reader to a case on the timeline: the pair is shown, its years are in view, the
 * first year is focused, and keyboard focus moves to the pair's row once it has rendered.
 */
function showCase(dyad: string, years: ArgumentPoint['years']) {
  const { yearFrom } = useExplorerStore.getState().view
  const [from, to] = years ?? [yearFrom, yearFrom]
  showOnTimeline(dyad, from, to)
}

/** The essay's argument point by point, each with buttons that open its cases on the timeline. */
function EssayArgument() {
  const labels = useExplorerStore(selectLabels)
  const sources = useExplorerStore((s) => s.library.source.sources)
  return (
    <>
      <h2>The essay&apos;s argument</h2>
      <ol className="argument-list">
        {ARGUMENT.map((point) => (
          <li key={point.id}>
            <h3>{point.title}</h3>
            <p>
              {point.text} <SourceList ids={point.sources} sources={sources} />
            </p>
            <div className="button-row">
              {point.dyads.map((dyad) => (
                <button key={dyad} type="button" onClick={() => showCase(dyad, point.years)}>
                  See{' '}
                  {point.years
                    ? labels.dyadIn(dyad, point.years[0], point.years[1])
                    : labels.dyad(dyad)}
                  {point.years ? `, ${point.years[0]}–${point.years[1]}` : ''}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </>
  )
}

/** What the model is, how the data were coded, and where they come from. */
export function AboutBody() {
  const source = useExplorerStore((s) => s.library.source)
  const essay = source.sources.find((s) => s.id === 'VU2021')
  return (
    <div className="about-body">
      <h2>The theory</h2>
      <p>
        Khang Vu (<cite>The Diplomat</cite>, May 2021) argues that China and Vietnam, as
        single-party communist states whose armies answer to the party, take an ally only when two
        things hold at once: the partner faces the same enemy (a{' '}
        <Term id="shared-threat">shared threat</Term>), and the partner is ruled the same way (a{' '}
        <Term id="shared-ideology">shared ideology</Term>). A common enemy alone is not enough:
        close military ties with an ideological rival could loosen the party&apos;s grip on its own
        soldiers.
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
      <EssayArgument />
      <h2>How the model works</h2>
      <ul>
        <li>
          <strong>Shared ideology</strong>, strict reading: both states are ruled by a communist
          party and the two parties are not in open <Term id="party-rift">rift</Term> (as Beijing
          and Moscow were in 1960–88). Lenient reading: both are communist.
        </li>
        <li>
          <strong>Shared threat</strong>: both face the same adversary and are not rivals of each
          other. Where that is partial or disputed the cell is coded{' '}
          <Term id="contested">contested</Term>, and a setting decides how it counts.
        </li>
        <li>
          <strong>Prediction</strong>: an alliance when both criteria hold. Other rules test each
          criterion on its own, or let an alliance outlive a failed criterion by a few years (an{' '}
          <Term id="exit-lag">exit lag</Term>). Run on the recorded codings with no scenario, the
          model gives the <Term id="baseline">baseline</Term>, the figures a scenario is compared
          with.
        </li>
        <li>
          Each pair-year (a <Term id="dyad-year">dyad-year</Term>) is a <Term id="hit">hit</Term>, a{' '}
          <Term id="miss">miss</Term>, a <Term id="false-alarm">false alarm</Term> or a{' '}
          <Term id="correct-rejection">correct rejection</Term> against the chosen definition of an
          alliance. <Term id="accuracy">Accuracy</Term>, <Term id="precision">precision</Term> and{' '}
          <Term id="recall">recall</Term> sum these up.
        </li>
      </ul>
      <h2>What counts as an alliance</h2>
      <p>
        The debate over the essay turns on this, so the app offers five records of{' '}
        <Term id="history">history</Term>: the essay&apos;s own, two{' '}
        <Term id="treaty-series">treaty series</Term>, and two datasets, <Term id="cow">COW</Term>{' '}
        and <Term id="atop">ATOP</Term>.
      </p>
      <ul>
        {HISTORY_SERIES.map((h) => (
          <li key={h}>{HISTORY_LABEL[h]}</li>
        ))}
      </ul>
      <h2>The data</h2>
      <p>
        {source.states.length} states and {source.dyads.length} pairs, {source.firstYear}–
        {source.lastYear}, coded in spans of years. Every span carries a one-line reason in our own
        words, its sources and a confidence (high, medium or low). Where sources disagree the cell
        is marked contested and says what the other reading is. A treaty or regime counts for a year
        if it held at any time in that year. {source.sources.length} sources are cited; point at any
        cell to see its own. The full coding rules are in the data guide (docs/data.md) that comes
        with the source code.
      </p>
      <GlossaryList />
      <h2>Privacy</h2>
      <ul>
        <li>
          No account, no tracking, no analytics: the page loads nothing from other sites and makes
          no network request while you work.
        </li>
        <li>
          Nothing leaves this browser unless you copy a link, save a file, download a chart or the
          data, print the handout, or hand in an answer code (it carries only the nickname you type,
          your codes and predictions, and your reasons).
        </li>
        <li>
          This browser keeps your current work, the work you had before opening a shared link or
          that another tab set aside, copies of saved work it could not read, and the projector
          setting, for this site only and until you clear them. The app&apos;s own files are kept
          too, so it opens offline.
        </li>
        <li>
          To clear it all, clear this site&apos;s data in the browser&apos;s settings; on a shared
          computer, use a guest or private window.
        </li>
      </ul>
    </div>
  )
}
