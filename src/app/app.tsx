import { AboutPanel } from '@/features/about/about-panel'
import { DataChangelog } from '@/features/about/data-changelog'
import { FirstRunTour } from '@/features/guide/first-run-tour'
import { Handout } from '@/features/handout/handout'
import { LanguageMenu } from '@/features/language/language-menu'
import { NoticeArea } from '@/features/notices/notice-area'
import { SharePanel, WideReadingControls } from '@/features/share/share-panel'
import { TeacherGuide } from '@/features/teachers/teacher-guide'
import { STEPS, type Step } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import { PanelBoundary } from '@/ui/panel-boundary'
import { usePrinting } from '@/ui/use-printing'
import { Activity, memo, Suspense, useState } from 'react'
import { STEP_PAGES } from './step-pages'
import { STEP_WORDS, StepNav } from './step-nav'
import { useUndoShortcuts } from './use-undo-shortcuts'

/*
 * The parts of the page that do not change with the step, memoized so that a step change, which
 * re-renders the page, re-renders only the step's button and the step itself.
 */
const AppHeader = memo(function AppHeader() {
  return (
    <header className="app-header">
      <div className="title-row">
        <h1>Alliance Counterfactual Explorer</h1>
        <p className="theory">
          Khang Vu&apos;s theory: communist party-states such as China and Vietnam ally only with a
          state that shares <strong>both</strong> a common threat <strong>and</strong> their
          ideology.
        </p>
      </div>
      <div className="nav-row">
        <StepNav />
        <PanelBoundary name="the share and save buttons">
          <SharePanel />
        </PanelBoundary>
      </div>
      <div className="about-row">
        <AboutPanel />
        <DataChangelog />
        <TeacherGuide />
        <WideReadingControls />
        <LanguageMenu />
      </div>
    </header>
  )
})

const Notices = memo(NoticeArea)

const PageEnd = memo(function PageEnd() {
  return (
    <>
      <PanelBoundary name="the handout">
        <Handout />
      </PanelBoundary>
      <FirstRunTour />
    </>
  )
})

/**
 * The explorer, in the order of a lesson: the theory in a sentence, the lesson's steps, then the
 * current step (Explore: the presets, the result and the chart).
 */
export function App() {
  useUndoShortcuts()
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
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the {STEP_WORDS[step].title} step
      </a>
      <AppHeader />
      <Notices />
      <main id="main" tabIndex={-1} aria-label={`${STEP_WORDS[step].title} step`}>
        {STEPS.filter((s) => opened.has(s) || s === shown).map((s) => {
          const Page = STEP_PAGES[s]
          return (
            <Activity key={s} mode={s === shown ? 'visible' : 'hidden'}>
              <Suspense fallback={<p className="hint step-loading">Loading…</p>}>
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
