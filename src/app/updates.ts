import { text } from '@/i18n/catalogue'
import type { Notice } from '@/store/explorer-store'
import { updateWords } from './updates.en'

/*
 * A new deploy never breaks an open tab. The service worker of a new build waits; this tab
 * says "A new version is ready" and reloads only when the user asks (then the waiting worker
 * takes over). A lazy chunk that fails to load (`vite:preloadError`, usually a deploy that
 * removed the old files) gives the same notice. Nothing here reloads by itself.
 */

/** The notice's words in English; it is written in the language in use when it is given. */
export const NEW_VERSION_TEXT = updateWords.en['new-version']

type Notify = (notice: Omit<Notice, 'id'>) => void

export interface UpdateWatch {
  /** Call with the registration once the service worker is registered. */
  watchRegistration: (registration: ServiceWorkerRegistration) => void
}

export function watchForUpdates(
  notify: Notify,
  win: Window = window,
  container: ServiceWorkerContainer | undefined = win.navigator.serviceWorker,
): UpdateWatch {
  const hadController = !!container?.controller
  let announced = false
  let reloading = false
  let waiting: ServiceWorker | null = null

  const reload = () => {
    if (waiting && waiting.state === 'installed') {
      // The page reloads when the new worker has taken over (controllerchange below).
      reloading = true
      waiting.postMessage('skip-waiting')
    } else {
      win.location.reload()
    }
  }
  const announce = () => {
    if (announced) return
    announced = true
    notify({
      kind: 'info',
      text: text(updateWords, 'new-version'),
      action: { label: text(updateWords, 'reload'), run: reload },
    })
  }

  win.addEventListener('vite:preloadError', announce)
  container?.addEventListener('controllerchange', () => {
    if (reloading) win.location.reload()
    // Another tab accepted the new version: this one still runs the old build.
    else if (hadController) announce()
  })

  return {
    watchRegistration(registration) {
      const offer = (worker: ServiceWorker) => {
        // The very first install has no controller to replace: nothing to announce.
        if (!container?.controller) return
        waiting = worker
        announce()
      }
      if (registration.waiting) offer(registration.waiting)
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer(worker)
        })
      })
    },
  }
}
