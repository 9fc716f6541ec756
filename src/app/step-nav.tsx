import { STEPS, useExplorerStore, type Step } from '@/store/explorer-store'
import { loadStep } from './step-pages'

export const STEP_WORDS: Readonly<Record<Step, { title: string; hint: string }>> = {
  explore: { title: 'Explore', hint: 'change history and watch the predictions' },
  debate: { title: 'Debate', hint: 'read the case under Vu’s, Lan’s and the datasets’ codings' },
  check: { title: 'Check', hint: 'how well the model fits, year by year and row by row' },
}

/**
 * The lesson's steps as a row of buttons; the current one is marked for assistive technology
 * (aria-current) and by its underline and weight, not by colour alone. The step is part of the
 * share link, so a teacher can hand out a link that opens on "Check".
 */
export function StepNav() {
  const step = useExplorerStore((s) => s.view.step)
  const setStep = useExplorerStore((s) => s.setStep)
  return (
    <nav className="step-nav" aria-label="Lesson steps">
      <ol>
        {STEPS.map((s, k) => (
          <li key={s}>
            <button
              type="button"
              aria-current={s === step ? 'step' : undefined}
              title={STEP_WORDS[s].hint}
              onPointerEnter={() => void loadStep[s]().catch(() => {})}
              onFocus={() => void loadStep[s]().catch(() => {})}
              onClick={() => {
                setStep(s)
                document.getElementById('main')?.focus({ preventScroll: true })
              }}
            >
              <span className="step-number" aria-hidden="true">
                {k + 1}
              </span>
              {STEP_WORDS[s].title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
