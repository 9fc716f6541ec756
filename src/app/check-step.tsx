import { AgreementChart } from '@/features/agreement/agreement-chart'
import { CaseFitPanel } from '@/features/case-fit/case-fit-panel'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { UserCasesPanel } from '@/features/user-cases/user-cases-panel'
import { PanelBoundary } from '@/ui/panel-boundary'

/** Check: the model's fit in figures, per year, and row by row, and cases of the user's own. */
export function CheckStep() {
  return (
    <div className="step-page">
      <div className="results-row">
        <PanelBoundary name="the metrics">
          <MetricsPanel />
        </PanelBoundary>
        <PanelBoundary name="the agreement chart">
          <AgreementChart />
        </PanelBoundary>
      </div>
      <PanelBoundary name="the fit in and out of sample">
        <CaseFitPanel />
      </PanelBoundary>
      <PanelBoundary name="the table">
        <DyadYearTable />
      </PanelBoundary>
      <PanelBoundary name="your own cases">
        <UserCasesPanel />
      </PanelBoundary>
    </div>
  )
}
