import { ClassResults } from '@/features/class-results/class-results'
import { CodingPanel } from '@/features/coding/coding-panel'
import { DebateLens } from '@/features/debate/debate-lens'
import { PanelBoundary } from '@/ui/panel-boundary'

/**
 * Debate: the same cases under each side's coding of "alliance" and of the facts, then the
 * disputed cases for the student to code, which make "My reading" in the table, and the class's
 * results for the teacher.
 */
export function DebateStep() {
  return (
    <div className="step-page">
      <PanelBoundary name="the debate lens">
        <DebateLens />
      </PanelBoundary>
      <PanelBoundary name="the coding of the disputed cases">
        <CodingPanel />
      </PanelBoundary>
      <PanelBoundary name="the class results">
        <ClassResults />
      </PanelBoundary>
    </div>
  )
}
