import { useT } from '@/i18n/react'
import { STEPS, useExplorerStore } from '@/store/explorer-store'
import { loadStep } from './step-pages'
import { stepWords } from './steps.en'

/**
 * The lesson's steps as a row of buttons; the current one is marked for assistive technology
 * (aria-current) and by its underline and weight, not by colour alone. The step is part of the
 * share link, so a teacher can hand out a link that opens on "Check".
 */
export function StepNav() {
  const step = useExplorerStore((s) => s.view.step)
  const setStep = useExplorerStore((s) => s.setStep)
  const t = useT(stepWords)
  return (
    <nav className="step-nav" aria-label={t('nav')}>
      <ol>
        {STEPS.map((s, k) => (
          <li key={s}>
            <button
              type="button"
              aria-current={s === step ? 'step' : undefined}
              title={t(`${s}.hint`)}
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
              {t(`${s}.title`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
