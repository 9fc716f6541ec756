import { AboutPanel } from '@/features/about/about-panel'
import { DataChangelog } from '@/features/about/data-changelog'
import { DebateLens } from '@/features/debate/debate-lens'
import { FirstRunTour } from '@/features/guide/first-run-tour'
import { ExercisePanel } from '@/features/exercises/exercise-panel'
import { Handout } from '@/features/handout/handout'
import { HistoryEditor } from '@/features/history-editor/history-editor'
import { InterventionLog } from '@/features/log/intervention-log'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { NetworkView } from '@/features/network/network-view'
import { NoticeArea } from '@/features/notices/notice-area'
import { PresetPanel } from '@/features/presets/preset-panel'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { SharePanel } from '@/features/share/share-panel'
import { TeacherGuide } from '@/features/teachers/teacher-guide'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { PanelBoundary } from '@/ui/panel-boundary'
import { lazy, Suspense } from 'react'
import { useUndoShortcuts } from './use-undo-shortcuts'

// recharts is the largest library on the page: the agreement chart loads just after the rest.
const AgreementChart = lazy(() =>
  import('@/features/agreement/agreement-chart').then((m) => ({ default: m.AgreementChart })),
)

/** The explorer: controls on the left, what they do to the model on the right. */
export function App() {
  useUndoShortcuts()
  return (
    <>
      <a className="skip-link" href="#timeline">
        Skip to the timeline
      </a>
      <header className="app-header">
        <h1>Alliance Counterfactual Explorer</h1>
        <p className="theory">
          Khang Vu&apos;s theory: communist party-states such as China and Vietnam ally only with a
          state that shares <strong>both</strong> their security interests (a common threat){' '}
          <strong>and</strong> their ideology. Change history and see where the theory&apos;s
          predictions go.
        </p>
        <AboutPanel />
        <DataChangelog />
        <TeacherGuide />
        <PanelBoundary name="the share and save buttons">
          <SharePanel />
        </PanelBoundary>
      </header>
      <NoticeArea />
      <div className="layout">
        <aside className="controls" aria-label="Scenario and settings">
          <PanelBoundary name="the presets">
            <PresetPanel />
          </PanelBoundary>
          <PanelBoundary name="the model settings">
            <SettingsPanel />
          </PanelBoundary>
          <PanelBoundary name="the list of changes">
            <InterventionLog />
          </PanelBoundary>
        </aside>
        <main className="results" id="timeline" tabIndex={-1}>
          <PanelBoundary name="the timeline">
            <TimelineChart />
          </PanelBoundary>
          <PanelBoundary name="the handout">
            <Handout />
          </PanelBoundary>
          <div className="results-row">
            <PanelBoundary name="the metrics">
              <MetricsPanel />
            </PanelBoundary>
            <PanelBoundary name="the agreement chart">
              <Suspense
                fallback={
                  <div className="panel agreement-chart" aria-busy="true">
                    <h2>Agreement with history per year</h2>
                    <p className="hint">Loading the chart…</p>
                  </div>
                }
              >
                <AgreementChart />
              </Suspense>
            </PanelBoundary>
          </div>
          <PanelBoundary name="the alliance network">
            <NetworkView />
          </PanelBoundary>
          <PanelBoundary name="the debate lens">
            <DebateLens />
          </PanelBoundary>
          <PanelBoundary name="the exercises">
            <ExercisePanel />
          </PanelBoundary>
          <PanelBoundary name="the history editor">
            <HistoryEditor />
          </PanelBoundary>
          <PanelBoundary name="the table">
            <DyadYearTable />
          </PanelBoundary>
        </main>
      </div>
      <FirstRunTour />
    </>
  )
}
