import { useId, useRef, useState } from 'react'
import { copyText } from '@/lib/clipboard'
import {
  CITATION_STYLE_LABEL,
  CITATION_STYLES,
  citeEssay,
  citeExplorer,
  type CitationStyle,
} from '@/data/citation'
import { DATA_VERSION } from '@/data/version'
import { useLanguage, useT } from '@/i18n/react'
import { citePanelWords } from './cite-panel.en'
import './share.css'

/** The explorer's address for a citation: only where it is published, not a local or file copy. */
export function publishedUrl(
  loc: Pick<Location, 'protocol' | 'hostname' | 'origin' | 'pathname'> = location,
) {
  if (!/^https?:$/.test(loc.protocol)) return undefined
  if (/^(localhost|127\.0\.0\.1|\[::1\])$/.test(loc.hostname)) return undefined
  return `${loc.origin}${loc.pathname}`
}

type Entry = 'explorer' | 'essay'

/**
 * "Cite this": the explorer with its data version, and the essay it tests, in APA, Chicago or
 * BibTeX, each with a Copy button. Without a clipboard the text is selected to copy by hand.
 */
export function CitePanel({ url = publishedUrl() }: { url?: string }) {
  const id = useId()
  const t = useT(citePanelWords)
  const english = useLanguage() === 'en'
  const [style, setStyle] = useState<CitationStyle>('apa')
  // What the last Copy did, written out in the language in use when shown.
  const [status, setStatus] = useState<{ done: 'copied' | 'selected'; key: Entry } | null>(null)
  const boxes = useRef<Partial<Record<string, HTMLTextAreaElement | null>>>({})
  const entries = [
    {
      key: 'explorer',
      label: t('label.explorer', { version: DATA_VERSION }),
      text: citeExplorer(style, { url }),
    },
    { key: 'essay', label: t('label.essay'), text: citeEssay(style) },
  ] as const

  const copy = async (entry: (typeof entries)[number]) => {
    if (await copyText(entry.text)) setStatus({ done: 'copied', key: entry.key })
    else {
      // No clipboard: the text is selected, to copy by hand.
      const box = boxes.current[entry.key]
      box?.focus()
      box?.select()
      setStatus({ done: 'selected', key: entry.key })
    }
  }

  return (
    <section className="cite-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('heading')}</h3>
      <p className="hint">
        {t('hint')}
        {english ? null : ` ${t('in-english')}`}
      </p>
      <fieldset className="cite-styles">
        <legend>{t('style')}</legend>
        {CITATION_STYLES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-style`}
              value={s}
              checked={style === s}
              onChange={() => {
                setStyle(s)
                setStatus(null)
              }}
            />{' '}
            <span translate="no">{CITATION_STYLE_LABEL[s]}</span>
          </label>
        ))}
      </fieldset>
      {entries.map((entry) => (
        <div className="cite-entry" key={entry.key}>
          <label htmlFor={`${id}-${entry.key}`}>{entry.label}</label>
          <textarea
            id={`${id}-${entry.key}`}
            ref={(el) => {
              boxes.current[entry.key] = el
            }}
            readOnly
            lang="en"
            rows={style === 'bibtex' ? entry.text.split('\n').length : 3}
            value={entry.text}
            spellCheck={false}
          />
          <button
            type="button"
            aria-label={t(`copy-label.${entry.key}`)}
            onClick={() => void copy(entry)}
          >
            {t('copy')}
          </button>
        </div>
      ))}
      <p role="status" className="cite-status">
        {status && t(`${status.done}.${status.key}`, { style: CITATION_STYLE_LABEL[style] })}
      </p>
    </section>
  )
}
