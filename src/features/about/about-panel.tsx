import { Suspense, useState } from 'react'
import { text } from '@/i18n/catalogue'
import { lazyPart } from '@/ui/lazy-part'
import { useT } from '@/i18n/react'
import { aboutPanelWords } from './about-panel.en'
import './about.css'

const AboutBody = lazyPart(
  () => import('./about-body').then((m) => m.AboutBody),
  () => text(aboutPanelWords, 'part.body'),
)

/**
 * What the model is, how the data were coded, and where they come from: a disclosure whose text
 * (with the essay's argument, the glossary and the privacy notes) loads when it is first opened.
 */
export function AboutPanel() {
  const t = useT(aboutPanelWords)
  const [opened, setOpened] = useState(false)
  return (
    <details className="about" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('summary')}</summary>
      {opened && (
        <Suspense fallback={<p className="hint">{t('loading')}</p>}>
          <AboutBody />
        </Suspense>
      )}
    </details>
  )
}
