import { useState } from 'react'
import { isFramed } from '@/lib/download'
import { rich, useT } from '@/i18n/react'
import { downloadHelpWords } from './download-help.en'
import './download-help.css'

/** Whether downloads need the explanation: the page is embedded in another page. */
export function useFramed(): boolean {
  const [framed] = useState(() => isFramed())
  return framed
}

/**
 * Shown next to download controls when the explorer is embedded in another site: a sandboxed
 * frame may block downloads silently, so say what to do and link to the explorer on its own.
 * The buttons point at it with aria-describedby.
 */
export function DownloadHelp({
  id,
  currentLink,
}: {
  readonly id: string
  /** The link to the current work, read when the link is followed. */
  readonly currentLink: () => string
}) {
  const framed = useFramed()
  const t = useT(downloadHelpWords)
  if (!framed) return null
  return (
    <p id={id} className="download-help">
      {rich(t('text'), {
        link: (c) => (
          <a
            href={window.location.href}
            target="_blank"
            rel="noopener"
            // The link carries the work in its fragment, read as it is followed: a change made a
            // moment before is in it, though the address bar is written a little later.
            onClick={(e) => (e.currentTarget.href = currentLink())}
          >
            {c}
          </a>
        ),
      })}
    </p>
  )
}
