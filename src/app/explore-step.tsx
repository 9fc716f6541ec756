import { HistoryEditorShell } from '@/features/history-editor/history-editor-shell'
import { InterventionLog } from '@/features/log/intervention-log'
import { PresetPanel } from '@/features/presets/preset-panel'
import { ResultCallout } from '@/features/result/result-callout'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import {
  CHARTS,
  PRESET_MODES,
  useExplorerStore,
  type ChartKind,
  type PresetMode,
} from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import { selectChangeCount } from '@/store/selectors'
import { text } from '@/i18n/catalogue'
import { useT } from '@/i18n/react'
import { lazyPart } from '@/ui/lazy-part'
import { PanelBoundary } from '@/ui/panel-boundary'
import { Suspense, useState } from 'react'
import { exploreStepWords } from './explore-step.en'

// The network is another way to see the same predictions: it loads when first asked for.
const NetworkView = lazyPart(
  () => import('@/features/network/network-view').then((m) => m.NetworkView),
  () => text(exploreStepWords, 'part.network'),
)

// A lesson's steps and the teacher's exercise form load when there is a lesson, or a form, to show.
const LessonPanel = lazyPart(
  () => import('@/features/lesson/lesson-panel').then((m) => m.LessonPanel),
  () => text(exploreStepWords, 'part.lesson'),
)
// The history editor is below the fold: its code (1,800 year cells' worth) loads just after the
// page, its panel showing meanwhile.
const HistoryEditor = lazyPart(
  () => import('@/features/history-editor/history-editor').then((m) => m.HistoryEditor),
  () => text(exploreStepWords, 'part.history-editor'),
)
// The exercises show when a class predicts first: their code loads then.
const ExercisePanel = lazyPart(
  () => import('@/features/exercises/exercise-panel').then((m) => m.ExercisePanel),
  () => text(exploreStepWords, 'part.exercises'),
)
const MakeExercise = lazyPart(
  () => import('@/features/lesson/make-exercise').then((m) => m.MakeExercise),
  () => text(exploreStepWords, 'part.exercise-form'),
)

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
  const t = useT(exploreStepWords)
  return <>{t('changes', { n: changes, count: String(changes) })}</>
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
  const t = useT(exploreStepWords)
  const modeWords: Readonly<Record<PresetMode, string>> = {
    show: t('mode.show'),
    predict: t('mode.predict'),
  }
  const chartWords: Readonly<Record<ChartKind, string>> = {
    timeline: t('chart.timeline'),
    network: t('chart.network'),
  }
  return (
    <>
      {lesson && (
        <PanelBoundary name={t('panel.lesson')}>
          <Suspense fallback={<p className="hint">{t('loading.lesson')}</p>}>
            <LessonPanel />
          </Suspense>
        </PanelBoundary>
      )}
      <div className="layout">
        <aside className="controls" aria-label={t('controls')}>
          <Switch
            label={t('mode.label')}
            values={PRESET_MODES}
            words={modeWords}
            value={mode}
            onChange={setMode}
          />
          {mode === 'show' ? (
            <PanelBoundary name={t('panel.presets')}>
              <PresetPanel />
            </PanelBoundary>
          ) : (
            <PanelBoundary name={t('panel.exercises')}>
              <Suspense fallback={<p className="hint">{t('loading.exercises')}</p>}>
                <ExercisePanel />
              </Suspense>
            </PanelBoundary>
          )}
          <details className="editor-disclosure">
            <summary>{t('settings')}</summary>
            <PanelBoundary name={t('panel.settings')}>
              <SettingsPanel />
            </PanelBoundary>
          </details>
          <details className="editor-disclosure">
            <summary>
              <ChangesHeading />
            </summary>
            <PanelBoundary name={t('panel.changes')}>
              <InterventionLog />
            </PanelBoundary>
          </details>
          {lesson?.role !== 'student' && (
            <details
              className="editor-disclosure"
              onToggle={(e) => e.currentTarget.open && setMaking(true)}
            >
              <summary>{t('make')}</summary>
              {making && (
                <PanelBoundary name={t('panel.exercise-form')}>
                  <Suspense fallback={<p className="hint">{t('loading')}</p>}>
                    <MakeExercise />
                  </Suspense>
                </PanelBoundary>
              )}
            </details>
          )}
        </aside>
        <div className="results">
          <PanelBoundary name={t('panel.result')}>
            <ResultCallout />
          </PanelBoundary>
          <div className="chart-area">
            <Switch
              label={t('chart.label')}
              values={CHARTS}
              words={chartWords}
              value={chart}
              onChange={setChart}
            />
            {chart === 'timeline' ? (
              <PanelBoundary name={t('panel.timeline')}>
                <TimelineChart deferRows />
              </PanelBoundary>
            ) : (
              <PanelBoundary name={t('panel.network')}>
                <Suspense fallback={<p className="hint">{t('loading.network')}</p>}>
                  <NetworkView />
                </Suspense>
              </PanelBoundary>
            )}
          </div>
          <PanelBoundary name={t('panel.history-editor')}>
            <Suspense fallback={<HistoryEditorShell />}>
              <HistoryEditor deferStrips />
            </Suspense>
          </PanelBoundary>
        </div>
      </div>
    </>
  )
}
