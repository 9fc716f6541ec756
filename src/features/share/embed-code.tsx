import { useId, useState } from 'react'
import { copyText } from '@/lib/clipboard'
import { useT } from '@/i18n/react'
import { embedCodeWords } from './embed-code.en'
import './share.css'

/**
 * The iframe's title: how a screen reader names the embedded explorer on the course page. In
 * English; the embed code on screen takes the name in the language in use.
 */
export const EMBED_TITLE = embedCodeWords.en['iframe-title']

/** `text` safe inside a double- or single-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** Ready-to-paste HTML that shows `url` in a learning platform's page, the iframe named `title`. */
export function embedCode(url: string, title: string = EMBED_TITLE): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="720" loading="lazy" style="border:0"></iframe>`
}

/** The embed code of `url`, to select or copy, and where to paste it. */
export function EmbedCode({ url }: { url: string }) {
  const id = useId()
  const t = useT(embedCodeWords)
  const code = embedCode(url, t('iframe-title'))
  const [copied, setCopied] = useState<{ code: string; ok: boolean } | null>(null)
  const copy = async () => setCopied({ code, ok: await copyText(code) })
  return (
    <div className="embed-code">
      <label htmlFor={`${id}-code`}>{t('label')}</label>
      <textarea
        id={`${id}-code`}
        readOnly
        rows={3}
        value={code}
        aria-describedby={`${id}-help`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id={`${id}-help`} className="hint">
        {t('help')}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          {t('copy')}
        </button>
        <span role="status">
          {copied?.code === code && (copied.ok ? t('copied') : t('not-copied'))}
        </span>
      </div>
    </div>
  )
}
