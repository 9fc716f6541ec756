import { AgreementChart } from '@/features/agreement/agreement-chart'
import { CaseFitPanel } from '@/features/case-fit/case-fit-panel'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { UserCasesPanel } from '@/features/user-cases/user-cases-panel'
import { useT } from '@/i18n/react'
import { PanelBoundary } from '@/ui/panel-boundary'
import { checkStepWords } from './check-step.en'

/** Check: the model's fit in figures, per year, and row by row, and cases of the user's own. */
export function CheckStep() {
  const t = useT(checkStepWords)
  return (
    <div className="step-page">
      <div className="results-row">
        <PanelBoundary name={t('panel.metrics')}>
          <MetricsPanel />
        </PanelBoundary>
        <PanelBoundary name={t('panel.agreement')}>
          <AgreementChart />
        </PanelBoundary>
      </div>
      <PanelBoundary name={t('panel.fit')}>
        <CaseFitPanel />
      </PanelBoundary>
      <PanelBoundary name={t('panel.table')}>
        <DyadYearTable />
      </PanelBoundary>
      <PanelBoundary name={t('panel.user-cases')}>
        <UserCasesPanel />
      </PanelBoundary>
    </div>
  )
}
