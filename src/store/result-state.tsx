import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react'
import { afterNextPaint } from '@/lib/after-paint'
import { useExplorerStore, type ExplorerState } from './explorer-store'
import {
  selectBaseline,
  selectBaselineSummary,
  selectDivergence,
  selectEvaluation,
  selectLabels,
  selectSummary,
} from './selectors'

/*
 * The model's result on screen may lag the store by one background render. A click first paints
 * what was pressed (a preset's or a year cell's pressed state, which controls read with
 * `useExplorerStore`); the views of the result (the chart, the callout, the figures) then follow
 * in a render React runs after that frame, and drops for a newer one if the student presses again.
 *
 * The views read one deferred copy of the whole state, handed down from the page's top, never
 * the store itself: a chart's rows and the chart are always drawn from the same state, so a row
 * never meets a store in which its pair has already gone.
 */
const ResultState = createContext<ExplorerState | null>(null)

/**
 * Hands the views below it the store's state as of the last background render. A change reaches
 * them after the next paint, so the frame of a press carries only what was pressed (React's
 * `useDeferredValue` starts the background render at once, and its commit can land in that
 * frame); changes that come before then are taken together.
 */
export function ResultStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(useExplorerStore.getState)
  useEffect(() => {
    let pending: (() => void) | null = null
    const follow = () => {
      pending = null
      startTransition(() => setState(useExplorerStore.getState()))
    }
    const unsubscribe = useExplorerStore.subscribe(() => {
      pending ??= afterNextPaint(follow)
    })
    // Catches a change made between the first render and the subscription (with none, React
    // keeps the same state and draws nothing again).
    pending = afterNextPaint(follow)
    return () => {
      unsubscribe()
      pending?.()
    }
  }, [])
  return <ResultState.Provider value={state}>{children}</ResultState.Provider>
}

const nothing = () => null

/**
 * A part of the store for a view of the result, as of the last background render. Outside a
 * ResultStateProvider (a panel rendered on its own) it reads the store as it is.
 */
export function useExplorerResult<T>(selector: (s: ExplorerState) => T): T {
  const deferred = useContext(ResultState)
  // Under the provider this subscription selects nothing, so the store never re-renders the view.
  const live = useExplorerStore(deferred ? nothing : selector)
  return deferred ? selector(deferred) : (live as T)
}

/**
 * The figures a text of the result is written from: the model on the scenario and on history, how
 * far apart they are, their scores, and the names to write them with.
 */
export function useResultFigures() {
  return {
    evaluation: useExplorerResult(selectEvaluation),
    baseline: useExplorerResult(selectBaseline),
    divergence: useExplorerResult(selectDivergence),
    summary: useExplorerResult(selectSummary),
    baselineSummary: useExplorerResult(selectBaselineSummary),
    labels: useExplorerResult(selectLabels),
  }
}
