import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { useInspectStore } from '@/features/history-editor/inspect-store'
import { useExplorerStore } from '@/store/explorer-store'
import { resetTimelineView } from '@/features/timeline/timeline-view-store'
import { forgetReaderActions, GUIDE_KEY } from '@/features/guide/guide-storage'
import { forgetFirstPaint } from '@/ui/use-after-first-paint'
import { checkDataKeys, switchLanguage } from '@/i18n/catalogue'

// Every data namespace's English is known, so a mistyped key of a data text fails its test.
import.meta.glob('/src/data/**/*.en.ts', { eager: true })
checkDataKeys(true)

// The first-run tour and the chart walkthrough are out of the way in every test but their own.
beforeEach(() => {
  if (typeof window === 'undefined') return // the model's tests run in plain Node
  window.localStorage.setItem(GUIDE_KEY, JSON.stringify({ tour: true, walkthrough: true }))
})

// A busy 2-core machine can take more than the default second to show what a test waits for.
configure({ asyncUtilTimeout: 5000 })

// Test files share a worker's modules (isolate: false in vite.config.ts), so every store and the
// page's storage go back to a fresh start after each test.
afterEach(async () => {
  cleanup()
  // A test that switched the language leaves the next one in English.
  await switchLanguage('en')
  useExplorerStore.setState(useExplorerStore.getInitialState(), true)
  useInspectStore.setState(useInspectStore.getInitialState(), true)
  resetTimelineView()
  forgetFirstPaint()
  forgetReaderActions()
  if (typeof window !== 'undefined') {
    window.localStorage.clear()
    window.sessionStorage.clear()
    // A link's hash would keep the tour away, and the root's look would reach the next file.
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname)
    for (const name of ['data-display', 'data-spacing', 'style'])
      document.documentElement.removeAttribute(name)
    document.body.replaceChildren()
  }
})
