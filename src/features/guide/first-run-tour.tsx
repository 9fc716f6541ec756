import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useDataText, useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { selectAtRest } from '@/store/selectors'
import { chartWalkthroughWords } from './chart-walkthrough.en'
import { firstRunTourWords } from './first-run-tour.en'
import { markSeen, readerHasActed, readGuide } from './guide-storage'
import './guide.css'

interface TourStep {
  /**
   * The id of the part of the page the step points at; a step whose part is missing is left out.
   * The step's title and text are the messages `<target>.title` and `<target>.text`.
   */
  readonly target: 'presets' | 'result' | 'timeline'
}

export const TOUR_STEPS: readonly TourStep[] = [
  { target: 'presets' },
  { target: 'result' },
  { target: 'timeline' },
]

/** A shared link that carries scenario changes (regime, threat or rift parts). */
const carriesScenario = (hash: string) => /(?:^#?|&)(?:r|t|f)=/.test(hash)

const HIGHLIGHT = 'data-tour-target'

/**
 * A skippable three-step tour for a first visit: the presets, the result, the chart. A non-modal
 * dialog that takes the focus when it opens and gives it back when it closes (Escape, "Skip tour"
 * or "Done"); the part of the page each step is about is highlighted, and scrolled into view once
 * the reader moves between steps (never as the tour opens, which would move the page under a
 * press). It shows only once on a device, never for a link that opens a scenario, and never over
 * work in progress.
 */
export function FirstRunTour() {
  const t = useT(firstRunTourWords)
  const walkthrough = useT(chartWalkthroughWords)
  const dt = useDataText()
  const id = useId()
  const [open, setOpen] = useState(
    () =>
      !readGuide().tour &&
      !carriesScenario(window.location.hash) &&
      selectAtRest(useExplorerStore.getState()) &&
      !readerHasActed(),
  )
  // The steps whose part of the page is there, found once the page has rendered.
  const [steps, setSteps] = useState<readonly TourStep[] | null>(null)
  const [index, setIndex] = useState(0)
  const dialog = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const returnTo = useRef<Element | null>(null)
  // Whether the reader has moved between steps. The tour arrives on its own just after the page,
  // perhaps while a press is being aimed: opening never scrolls the page under the pointer.
  const moved = useRef(false)

  useEffect(() => {
    if (!open || steps) return
    returnTo.current = document.activeElement
    // Once the rest of the page is in the document (the tour is rendered after it).
    let live = true
    void Promise.resolve().then(() => {
      if (live) setSteps(TOUR_STEPS.filter((s) => document.getElementById(s.target)))
    })
    return () => {
      live = false
    }
  }, [open, steps])

  const step = steps?.[index]
  // Before paint, so the focus is in the tour the moment it shows.
  useLayoutEffect(() => {
    if (!open || !step) return
    const el = document.getElementById(step.target)
    el?.setAttribute(HIGHLIGHT, 'true')
    if (moved.current) el?.scrollIntoView?.({ block: 'nearest' })
    // The tour is fixed in the window: taking the focus moves nothing either.
    heading.current?.focus({ preventScroll: true })
    return () => el?.removeAttribute(HIGHLIGHT)
  }, [open, step])

  const close = () => {
    markSeen('tour')
    setOpen(false)
    const back = returnTo.current
    if (back instanceof HTMLElement && back !== document.body && back.isConnected) back.focus()
  }

  if (!open || !steps || steps.length === 0 || !step) return null
  const last = index === steps.length - 1

  const goTo = (next: number) => {
    moved.current = true
    setIndex(next)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      close()
    }
  }

  return (
    <div
      ref={dialog}
      className="first-run-tour"
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={onKeyDown}
    >
      <p className="tour-count">{t('count', { n: index + 1, total: steps.length })}</p>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(`${step.target}.title`)}
      </h2>
      <p id={`${id}-text`}>
        {t(`${step.target}.text`, {
          preset: dt('data.presets', 'russia-stays-communist.title', 'Russia stays communist'),
          walkthrough: walkthrough('button'),
        })}
      </p>
      <div className="tour-buttons">
        {index > 0 && (
          <button type="button" onClick={() => goTo(index - 1)}>
            {t('back')}
          </button>
        )}
        {last ? (
          <button type="button" onClick={close}>
            {t('done')}
          </button>
        ) : (
          <button type="button" onClick={() => goTo(index + 1)}>
            {t('next')}
          </button>
        )}
        <button type="button" className="tour-skip" onClick={close}>
          {t('skip')}
        </button>
      </div>
    </div>
  )
}
