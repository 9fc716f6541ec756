import { useId, useState } from 'react'
import { copyText } from '@/lib/clipboard'
import './share.css'

/** The iframe's title: how a screen reader names the embedded explorer on the course page. */
export const EMBED_TITLE = 'Alliance Counterfactual Explorer'

/** `text` safe inside a double- or single-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** Ready-to-paste HTML that shows `url` in a learning platform's page. */
export function embedCode(url: string): string {
  return `<iframe src="${escapeAttribute(url)}" title="${EMBED_TITLE}" width="100%" height="720" loading="lazy" style="border:0"></iframe>`
}

/** The embed code of `url`, to select or copy, and where to paste it. */
export function EmbedCode({ url }: { url: string }) {
  const id = useId()
  const code = embedCode(url)
  const [copied, setCopied] = useState<{ code: string; ok: boolean } | null>(null)
  const copy = async () => setCopied({ code, ok: await copyText(code) })
  return (
    <div className="embed-code">
      <label htmlFor={`${id}-code`}>Embed code</label>
      <textarea
        id={`${id}-code`}
        readOnly
        rows={3}
        value={code}
        aria-describedby={`${id}-help`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id={`${id}-help`} className="hint">
        Paste it into an HTML or embed block of your learning platform (Moodle, Canvas, Google
        Sites…): the page then shows this exact view of the explorer.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          Copy embed code
        </button>
        <span role="status">
          {copied?.code === code &&
            (copied.ok
              ? 'Embed code copied.'
              : 'The code could not be copied here: select it above and copy it.')}
        </span>
      </div>
    </div>
  )
}
