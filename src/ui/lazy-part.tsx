import { lazy, type ComponentType } from 'react'
import { useT } from '@/i18n/react'
import { lazyPartWords } from './lazy-part.en'

/**
 * A part of the page that loads when first opened, and that cannot break the page when its file
 * is gone. After a deploy, a tab still running the previous build asks for chunks the server no
 * longer has (the service worker keeps them, but it may be blocked or not yet installed). Thrown,
 * that failure would take down the panel around the part, or the whole page; here the part says
 * in one line what happened instead, and the "new version is ready" notice (from Vite's
 * `vite:preloadError`, see app/updates.ts) offers the reload.
 *
 * `what` names the part in a sentence: "The citations"; give a function (say, one that reads a
 * catalogue with `text`) for a name in the language in use when the message shows.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string | (() => string),
) {
  const Unavailable: ComponentType<P> = () => {
    const t = useT(lazyPartWords)
    return (
      <p className="hint">{t('unavailable', { what: typeof what === 'string' ? what : what() })}</p>
    )
  }
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: Unavailable }),
    ),
  )
}
