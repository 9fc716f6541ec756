import { AboutPanel } from '@/features/about/about-panel'
import { AgreementChart } from '@/features/agreement/agreement-chart'
import { HistoryEditor } from '@/features/history-editor/history-editor'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { PresetPanel } from '@/features/presets/preset-panel'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { TimelineChart } from '@/features/timeline/timeline-chart'

/** The explorer: controls on the left, what they do to the model on the right. */
export function App() {
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
      </header>
      <div className="layout">
        <aside className="controls" aria-label="Scenario and settings">
          <PresetPanel />
          <SettingsPanel />
        </aside>
        <main className="results" id="timeline" tabIndex={-1}>
          <TimelineChart />
          <div className="results-row">
            <MetricsPanel />
            <AgreementChart />
          </div>
          <HistoryEditor />
          <DyadYearTable />
        </main>
      </div>
    </>
  )
}
