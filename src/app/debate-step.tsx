import { ClassResults } from '@/features/class-results/class-results'
import { CodingPanel } from '@/features/coding/coding-panel'
import { DebateLens } from '@/features/debate/debate-lens'
import { useT } from '@/i18n/react'
import { PanelBoundary } from '@/ui/panel-boundary'
import { debateStepWords } from './debate-step.en'

/**
 * Debate: the same cases under each side's coding of "alliance" and of the facts, then the
 * disputed cases for the student to code, which make "My reading" in the table, and the class's
 * results for the teacher.
 */
export function DebateStep() {
  const t = useT(debateStepWords)
  return (
    <div className="step-page">
      <PanelBoundary name={t('panel.lens')}>
        <DebateLens />
      </PanelBoundary>
      <PanelBoundary name={t('panel.coding')}>
        <CodingPanel />
      </PanelBoundary>
      <PanelBoundary name={t('panel.class')}>
        <ClassResults />
      </PanelBoundary>
    </div>
  )
}
