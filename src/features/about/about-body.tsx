import type { ReactNode } from 'react'
import { showOnTimeline } from '@/features/timeline/show-on-timeline'
import { ARGUMENT, type ArgumentPoint } from '@/data/argument'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { SourceList } from '@/ui/source-list'
import { Term } from '@/ui/term'
import { useWords } from '@/ui/words'
import { HISTORY_SERIES } from '@/model/types'
import { rich, useDataText, useT } from '@/i18n/react'
import type { TermId } from '@/ui/glossary'
import { aboutBodyWords } from './about-body.en'
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

/** Each tag of a message as a glossary term: `<hit>hit</hit>` opens the entry "hit". */
const terms = (tags: Readonly<Record<string, TermId>>) =>
  Object.fromEntries(
    Object.entries(tags).map(([tag, id]) => [tag, (c: ReactNode) => <Term id={id}>{c}</Term>]),
  )

const strong = { b: (c: ReactNode) => <strong>{c}</strong> }

/** The essay's argument point by point, each with buttons that open its cases on the timeline. */
function EssayArgument() {
  const t = useT(aboutBodyWords)
  const dt = useDataText()
  const labels = useExplorerStore(selectLabels)
  const sources = useExplorerStore((s) => s.library.source.sources)
  return (
    <>
      <h2>{t('argument.heading')}</h2>
      <ol className="argument-list">
        {ARGUMENT.map((point) => (
          <li key={point.id}>
            <h3>{dt('data.argument', `${point.id}.title`, point.title)}</h3>
            <p>
              {dt('data.argument', `${point.id}.text`, point.text)}{' '}
              <SourceList ids={point.sources} sources={sources} />
            </p>
            <div className="button-row">
              {point.dyads.map((dyad) => (
                <button key={dyad} type="button" onClick={() => showCase(dyad, point.years)}>
                  {point.years
                    ? t('argument.see', {
                        pair: labels.dyadIn(dyad, point.years[0], point.years[1]),
                        // Years, written without a thousands separator.
                        from: String(point.years[0]),
                        to: String(point.years[1]),
                      })
                    : t('argument.see-pair', { pair: labels.dyad(dyad) })}
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
  const t = useT(aboutBodyWords)
  const w = useWords()
  const source = useExplorerStore((s) => s.library.source)
  const essay = source.sources.find((s) => s.id === 'VU2021')
  return (
    <div className="about-body">
      <h2>{t('theory.heading')}</h2>
      <p>
        {rich(t('theory.text'), {
          cite: (c) => <cite lang="en">{c}</cite>,
          ...terms({ threat: 'shared-threat', ideology: 'shared-ideology' }),
        })}
        {essay?.url
          ? rich(t('theory.read'), {
              a: (c) => (
                <a href={essay.url} target="_blank" rel="noreferrer">
                  {c}
                </a>
              ),
            })
          : null}
      </p>
      <EssayArgument />
      <h2>{t('model.heading')}</h2>
      <ul>
        <li>{rich(t('model.ideology'), { ...strong, ...terms({ rift: 'party-rift' }) })}</li>
        <li>{rich(t('model.threat'), { ...strong, ...terms({ contested: 'contested' }) })}</li>
        <li>
          {rich(t('model.prediction'), {
            ...strong,
            ...terms({ lag: 'exit-lag', baseline: 'baseline' }),
          })}
        </li>
        <li>
          {rich(
            t('model.outcomes'),
            terms({
              dyadyear: 'dyad-year',
              hit: 'hit',
              miss: 'miss',
              falsealarm: 'false-alarm',
              rejection: 'correct-rejection',
              accuracy: 'accuracy',
              precision: 'precision',
              recall: 'recall',
            }),
          )}
        </li>
      </ul>
      <h2>{t('alliance.heading')}</h2>
      <p>
        {rich(
          t('alliance.text'),
          terms({ history: 'history', treaty: 'treaty-series', cow: 'cow', atop: 'atop' }),
        )}
      </p>
      <ul>
        {HISTORY_SERIES.map((h) => (
          <li key={h}>{w.HISTORY_LABEL[h]}</li>
        ))}
      </ul>
      <h2>{t('data.heading')}</h2>
      <p>
        {t('data.text', {
          states: source.states.length,
          pairs: source.dyads.length,
          // Years, written without a thousands separator.
          from: String(source.firstYear),
          to: String(source.lastYear),
          sources: source.sources.length,
        })}
      </p>
      <GlossaryList />
      <h2>{t('privacy.heading')}</h2>
      <ul>
        <li>{t('privacy.tracking')}</li>
        <li>{t('privacy.leaves')}</li>
        <li>{t('privacy.kept')}</li>
        <li>{t('privacy.clear')}</li>
      </ul>
    </div>
  )
}
