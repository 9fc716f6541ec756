import { AboutPanel } from '@/features/about/about-panel'
import { DataChangelog } from '@/features/about/data-changelog'
import { readGuide } from '@/features/guide/guide-storage'
import { PageHandout } from '@/features/handout/page-handout'
import { LanguageMenu } from '@/features/language/language-menu'
import { NoticeArea } from '@/features/notices/notice-area'
import { SharePanel, WideReadingControls } from '@/features/share/share-panel'
import { TeacherGuide } from '@/features/teachers/teacher-guide'
import { STEPS, type Step } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import { PanelBoundary } from '@/ui/panel-boundary'
import { usePrinting } from '@/ui/use-printing'
import { rich, useT } from '@/i18n/react'
import { Activity, lazy, memo, Suspense, useState } from 'react'
import { appWords } from './app.en'
import { STEP_PAGES } from './step-pages'
import { StepNav } from './step-nav'
import { stepWords } from './steps.en'
import { useUndoShortcuts } from './use-undo-shortcuts'

/*
 * The parts of the page that do not change with the step, memoized so that a step change, which
 * re-renders the page, re-renders only the step's button and the step itself.
 */
const AppHeader = memo(function AppHeader() {
  const t = useT(appWords)
  return (
    <header className="app-header">
      <div className="title-row">
        <h1>{t('title')}</h1>
        <p className="theory">{rich(t('theory'), { b: (c) => <strong>{c}</strong> })}</p>
        <LanguageMenu />
      </div>
      <div className="nav-row">
        <StepNav />
        <PanelBoundary name={t('panel.share')}>
          <SharePanel />
        </PanelBoundary>
      </div>
      <div className="about-row">
        <AboutPanel />
        <DataChangelog />
        <TeacherGuide />
        <WideReadingControls />
      </div>
    </header>
  )
})

const Notices = memo(NoticeArea)

// The first-run tour loads only on a device that has not seen it, just after the page.
const FirstRunTour = lazy(() =>
  import('@/features/guide/first-run-tour').then((m) => ({ default: m.FirstRunTour })),
)

const PageEnd = memo(function PageEnd() {
  const t = useT(appWords)
  return (
    <>
      <PanelBoundary name={t('panel.handout')}>
        <PageHandout />
      </PanelBoundary>
      {!readGuide().tour && (
        <Suspense fallback={null}>
          <FirstRunTour />
        </Suspense>
      )}
    </>
  )
})

/**
 * The explorer, in the order of a lesson: the theory in a sentence, the lesson's steps, then the
 * current step (Explore: the presets, the result and the chart).
 */
export function App() {
  useUndoShortcuts()
  const t = useT(appWords)
  const steps = useT(stepWords)
  // The pressed step's button is marked in the click's own frame; the step itself is revealed
  // with the rest of the result, in the render after that frame (showing a step re-mounts its
  // charts, 100 ms and more on a slow laptop). A step whose code has not loaded yet says so
  // ("Loading…") meanwhile.
  const step = useExplorerResult((s) => s.view.step)
  // The handout prints the timeline whichever step is open.
  const printing = usePrinting()
  const shown = printing ? 'explore' : step
  // A step once opened stays mounted, hidden, so coming back to it shows it at once rather than
  // building it again; React keeps a hidden step's updates for idle moments.
  const [opened, setOpened] = useState<ReadonlySet<Step>>(() => new Set([shown]))
  if (!opened.has(shown)) setOpened(new Set(opened).add(shown))
  const title = steps(`${step}.title`)
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip', { step: title })}
      </a>
      <AppHeader />
      <Notices />
      <main id="main" tabIndex={-1} aria-label={t('main', { step: title })}>
        {STEPS.filter((s) => opened.has(s) || s === shown).map((s) => {
          const Page = STEP_PAGES[s]
          return (
            <Activity key={s} mode={s === shown ? 'visible' : 'hidden'}>
              <Suspense fallback={<p className="hint step-loading">{t('loading')}</p>}>
                <Page />
              </Suspense>
            </Activity>
          )
        })}
      </main>
      <PageEnd />
    </>
  )
}
