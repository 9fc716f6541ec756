import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useExplorerStore } from '@/store/explorer-store'
import { selectAtRest } from '@/store/selectors'
import { markSeen, readGuide } from './guide-storage'
import './guide.css'

interface TourStep {
  /** The id of the part of the page the step points at; a step whose part is missing is left out. */
  readonly target: string
  readonly title: string
  readonly text: string
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    target: 'presets',
    title: 'Start with a preset',
    text: 'Each preset changes history in one way, such as “Russia stays communist”. Press one to try it, and press it again to take it back.',
  },
  {
    target: 'result',
    title: 'Read the result',
    text: 'Here the explorer says in plain words what the change did to the model’s predictions, with the baseline (the model on history) beside every figure it moved.',
  },
  {
    target: 'timeline',
    title: 'See it year by year',
    text: 'Each row is a pair of states: history on top, the model on history below it. A scenario adds a third band where it moves a prediction. “How to read this chart” explains every mark.',
  },
]

/** A shared link that carries scenario changes (regime, threat or rift parts). */
const carriesScenario = (hash: string) => /(?:^#?|&)(?:r|t|f)=/.test(hash)

const HIGHLIGHT = 'data-tour-target'

/**
 * A skippable three-step tour for a first visit: the presets, the result, the chart. A non-modal
 * dialog that takes the focus when it opens and gives it back when it closes (Escape, "Skip tour"
 * or "Done"); the part of the page each step is about is highlighted and scrolled into view. It
 * shows only once on a device, never for a link that opens a scenario, and never over work in
 * progress.
 */
export function FirstRunTour() {
  const id = useId()
  const [open, setOpen] = useState(
    () =>
      !readGuide().tour &&
      !carriesScenario(window.location.hash) &&
      selectAtRest(useExplorerStore.getState()),
  )
  // The steps whose part of the page is there, found once the page has rendered.
  const [steps, setSteps] = useState<readonly TourStep[] | null>(null)
  const [index, setIndex] = useState(0)
  const dialog = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const returnTo = useRef<Element | null>(null)

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
  useEffect(() => {
    if (!open || !step) return
    const el = document.getElementById(step.target)
    el?.setAttribute(HIGHLIGHT, 'true')
    el?.scrollIntoView?.({ block: 'nearest' })
    heading.current?.focus()
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
      <p className="tour-count">
        Tour, step {index + 1} of {steps.length}
      </p>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {step.title}
      </h2>
      <p id={`${id}-text`}>{step.text}</p>
      <div className="tour-buttons">
        {index > 0 && (
          <button type="button" onClick={() => setIndex(index - 1)}>
            Back
          </button>
        )}
        {last ? (
          <button type="button" onClick={close}>
            Done
          </button>
        ) : (
          <button type="button" onClick={() => setIndex(index + 1)}>
            Next
          </button>
        )}
        <button type="button" className="tour-skip" onClick={close}>
          Skip tour
        </button>
      </div>
    </div>
  )
}
