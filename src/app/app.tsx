import { AboutPanel } from '@/features/about/about-panel'
import { AgreementChart } from '@/features/agreement/agreement-chart'
import { Handout } from '@/features/handout/handout'
import { HistoryEditor } from '@/features/history-editor/history-editor'
import { InterventionLog } from '@/features/log/intervention-log'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { NoticeArea } from '@/features/notices/notice-area'
import { PresetPanel } from '@/features/presets/preset-panel'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { SharePanel } from '@/features/share/share-panel'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { PanelBoundary } from '@/ui/panel-boundary'
import { useUndoShortcuts } from './use-undo-shortcuts'

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
              <AgreementChart />
            </PanelBoundary>
          </div>
          <PanelBoundary name="the history editor">
            <HistoryEditor />
          </PanelBoundary>
          <PanelBoundary name="the table">
            <DyadYearTable />
          </PanelBoundary>
        </main>
      </div>
    </>
  )
}
