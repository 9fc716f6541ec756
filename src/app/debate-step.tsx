import { DebateLens } from '@/features/debate/debate-lens'
import { PanelBoundary } from '@/ui/panel-boundary'

/** Debate: the same cases under each side's coding of "alliance" and of the facts. */
export function DebateStep() {
  return (
    <div className="step-page">
      <PanelBoundary name="the debate lens">
        <DebateLens />
      </PanelBoundary>
    </div>
  )
}
