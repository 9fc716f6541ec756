import { startTransition, StrictMode, useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { text } from './i18n/catalogue'
import { App } from './app/app'
import { mainWords } from './app/main-words.en'
import { watchForUpdates } from './app/updates'
import { afterPaintWhenIdle } from './lib/after-paint'
import { languagesLoading } from './i18n/catalogue'
import { browserLanguage, followLanguage, linkLanguage } from './app/language'
import { browserStorage, hasWorkToRestore } from './share/storage'
import { resetStore, useExplorerStore } from './store/explorer-store'
import { ResultStateProvider } from './store/result-state'
import './ui/tokens.css'
import './ui/primitives.css'
import './app/app.css'

/**
 * Runs `run` once the page's first render is committed and painted, when the browser is next idle.
 * (The first render is a transition, so the frame after `root.render` may paint an empty page:
 * waiting for that frame alone put the autosave's code, with the link and file readers, ahead of
 * the page's first paint.)
 */
function AfterShown({ run }: { run: () => void }) {
  useEffect(() => afterPaintWhenIdle(run), [run])
  return null
}

async function start() {
  let afterFirstRender = () => {}
  if (new URLSearchParams(window.location.search).get('dataset') === 'generated') {
    // The benchmark's 50-times-larger dataset; nothing is restored or saved for it.
    const { benchmarkBase } = await import('./data/benchmark')
    const { base, presets } = benchmarkBase()
    resetStore(useExplorerStore, base, presets)
    useExplorerStore.getState().notify({
      kind: 'info',
      sticky: true,
      text: text(mainWords, 'generated-dataset'),
    })
  } else {
    const storage = browserStorage()
    const { setLanguage } = useExplorerStore.getState()
    if (hasWorkToRestore(window.location.hash, storage)) {
      // A link or saved work: read it before the first render (its reader brings zod), then save.
      // A link's language comes first, so that what the link's reader says is in it.
      const asked = linkLanguage(window.location.hash)
      if (asked) setLanguage(asked)
      const { restoreSession, startAutosave } = await import('./share/persistence')
      await languagesLoading()
      restoreSession(useExplorerStore, window.location.hash, storage)
      startAutosave(useExplorerStore, storage)
    } else {
      // A first visit is in the browser's language, where the app has it.
      setLanguage(browserLanguage())
      // A first visit has nothing to read: the page renders at once, and the autosave follows
      // once it is shown.
      // A change made before it arrives is saved when it starts.
      let changed = false
      const stop = useExplorerStore.subscribe(() => (changed = true))
      afterFirstRender = () =>
        import('./share/persistence')
          .then(({ startAutosave }) => {
            stop()
            startAutosave(useExplorerStore, storage, window, { saveNow: changed })
          })
          .catch(() => {
            stop()
            useExplorerStore.getState().notify({
              kind: 'error',
              sticky: true,
              text: text(mainWords, 'not-loaded'),
            })
          })
    }
  }
  // A language other than English loads before the page shows, so no English flashes first.
  await languagesLoading()
  followLanguage()
  // The first render as a transition: React renders the page in short slices, so the main thread
  // stays free for input while it loads (one long task held it for a fifth of a second).
  const root = createRoot(document.getElementById('root')!)
  startTransition(() =>
    root.render(
      <StrictMode>
        <ResultStateProvider>
          <App />
          <AfterShown run={afterFirstRender} />
        </ResultStateProvider>
      </StrictMode>,
    ),
  )
}

void start()

// Offline after the first visit: the service worker keeps every file of the build. Not in the
// single file, which opens from disk and carries everything itself.
if (import.meta.env.PROD && import.meta.env.MODE !== 'single') {
  const updates = watchForUpdates(useExplorerStore.getState().notify)
  if ('serviceWorker' in navigator && window.location.protocol.startsWith('http')) {
    window.addEventListener('load', () => {
      navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`)
        .then(updates.watchRegistration)
        .catch(() => {
          // Without a service worker the explorer still works; it just needs the network to open.
        })
    })
  }
}
