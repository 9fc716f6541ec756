import { ExercisePanel } from '@/features/exercises/exercise-panel'
import { HistoryEditor } from '@/features/history-editor/history-editor'
import { InterventionLog } from '@/features/log/intervention-log'
import { PresetPanel } from '@/features/presets/preset-panel'
import { ResultCallout } from '@/features/result/result-callout'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { CHARTS, PRESET_MODES, useExplorerStore, type ChartKind } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import { selectChangeCount } from '@/store/selectors'
import { lazyPart } from '@/ui/lazy-part'
import { PanelBoundary } from '@/ui/panel-boundary'
import { Suspense, useState } from 'react'

// The network is another way to see the same predictions: it loads when first asked for.
const NetworkView = lazyPart(
  () => import('@/features/network/network-view').then((m) => m.NetworkView),
  'The alliance network',
)

// A lesson's steps and the teacher's exercise form load when there is a lesson, or a form, to show.
const LessonPanel = lazyPart(
  () => import('@/features/lesson/lesson-panel').then((m) => m.LessonPanel),
  'The lesson',
)
const MakeExercise = lazyPart(
  () => import('@/features/lesson/make-exercise').then((m) => m.MakeExercise),
  'The exercise form',
)

const MODE_WORDS = { show: 'Show me', predict: 'Predict first' } as const
const CHART_WORDS: Readonly<Record<ChartKind, string>> = {
  timeline: 'Timeline',
  network: 'Network',
}

/** Two or three buttons of which one is pressed: a small segmented switch. */
function Switch<T extends string>({
  label,
  values,
  words,
  value,
  onChange,
}: {
  label: string
  values: readonly T[]
  words: Readonly<Record<T, string>>
  value: T
  onChange: (v: T) => void
}) {
  return (
    <div className="switch" role="group" aria-label={label}>
      {values.map((v) => (
        <button key={v} type="button" aria-pressed={v === value} onClick={() => onChange(v)}>
          {words[v]}
        </button>
      ))}
    </div>
  )
}

/**
 * "Your changes (3 cells)": on its own, so that a change re-renders this line, not the whole step.
 */
function ChangesHeading() {
  const changes = useExplorerResult((s) => selectChangeCount(s.scenario))
  return <>Your changes{changes > 0 ? ` (${changes} ${changes === 1 ? 'cell' : 'cells'})` : ''}</>
}

/**
 * Explore: the presets first (or the exercises, to predict before looking), the detailed editors
 * one click away; then the result and the chart, the timeline or the network of one year.
 */
export function ExploreStep() {
  const mode = useExplorerStore((s) => s.view.presetMode)
  const setMode = useExplorerStore((s) => s.setPresetMode)
  const chart = useExplorerStore((s) => s.view.chart)
  const setChart = useExplorerStore((s) => s.setChart)
  const lesson = useExplorerStore((s) => s.lesson)
  const [making, setMaking] = useState(false)
  return (
    <>
      {lesson && (
        <PanelBoundary name="the lesson">
          <Suspense fallback={<p className="hint">Loading the lesson…</p>}>
            <LessonPanel />
          </Suspense>
        </PanelBoundary>
      )}
      <div className="layout">
        <aside className="controls" aria-label="Scenario and settings">
          <Switch
            label="How to use the presets"
            values={PRESET_MODES}
            words={MODE_WORDS}
            value={mode}
            onChange={setMode}
          />
          {mode === 'show' ? (
            <PanelBoundary name="the presets">
              <PresetPanel />
            </PanelBoundary>
          ) : (
            <PanelBoundary name="the exercises">
              <ExercisePanel />
            </PanelBoundary>
          )}
          <details className="editor-disclosure">
            <summary>Model settings</summary>
            <PanelBoundary name="the model settings">
              <SettingsPanel />
            </PanelBoundary>
          </details>
          <details className="editor-disclosure">
            <summary>
              <ChangesHeading />
            </summary>
            <PanelBoundary name="the list of changes">
              <InterventionLog />
            </PanelBoundary>
          </details>
          {lesson?.role !== 'student' && (
            <details
              className="editor-disclosure"
              onToggle={(e) => e.currentTarget.open && setMaking(true)}
            >
              <summary>Make an exercise (for teachers)</summary>
              {making && (
                <PanelBoundary name="the exercise form">
                  <Suspense fallback={<p className="hint">Loading…</p>}>
                    <MakeExercise />
                  </Suspense>
                </PanelBoundary>
              )}
            </details>
          )}
        </aside>
        <div className="results">
          <PanelBoundary name="the result">
            <ResultCallout />
          </PanelBoundary>
          <div className="chart-area">
            <Switch
              label="Chart"
              values={CHARTS}
              words={CHART_WORDS}
              value={chart}
              onChange={setChart}
            />
            {chart === 'timeline' ? (
              <PanelBoundary name="the timeline">
                <TimelineChart deferRows />
              </PanelBoundary>
            ) : (
              <PanelBoundary name="the alliance network">
                <Suspense fallback={<p className="hint">Loading the network…</p>}>
                  <NetworkView />
                </Suspense>
              </PanelBoundary>
            )}
          </div>
          <PanelBoundary name="the history editor">
            <HistoryEditor deferStrips />
          </PanelBoundary>
        </div>
      </div>
    </>
  )
}
