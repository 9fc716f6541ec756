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
import './share.css'

/** The explorer's address for a citation: only where it is published, not a local or file copy. */
export function publishedUrl(
  loc: Pick<Location, 'protocol' | 'hostname' | 'origin' | 'pathname'> = location,
) {
  if (!/^https?:$/.test(loc.protocol)) return undefined
  if (/^(localhost|127\.0\.0\.1|\[::1\])$/.test(loc.hostname)) return undefined
  return `${loc.origin}${loc.pathname}`
}

/**
 * "Cite this": the explorer with its data version, and the essay it tests, in APA, Chicago or
 * BibTeX, each with a Copy button. Without a clipboard the text is selected to copy by hand.
 */
export function CitePanel({ url = publishedUrl() }: { url?: string }) {
  const id = useId()
  const [style, setStyle] = useState<CitationStyle>('apa')
  const [status, setStatus] = useState('')
  const boxes = useRef<Partial<Record<string, HTMLTextAreaElement | null>>>({})
  const entries = [
    {
      key: 'explorer',
      label: `The explorer, data version ${DATA_VERSION}`,
      name: 'the explorer',
      text: citeExplorer(style, { url }),
    },
    { key: 'essay', label: 'The essay it tests', name: 'the essay', text: citeEssay(style) },
  ]

  const copy = async (entry: (typeof entries)[number]) => {
    const what = `the citation of ${entry.name} (${CITATION_STYLE_LABEL[style]})`
    if (await copyText(entry.text)) setStatus(`Copied ${what}.`)
    else {
      // No clipboard: the text is selected, to copy by hand.
      const box = boxes.current[entry.key]
      box?.focus()
      box?.select()
      setStatus(
        `The clipboard is not available here, so ${what} is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.`,
      )
    }
  }

  return (
    <section className="cite-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Cite this</h3>
      <p className="hint">
        Cite the explorer with the data version you used, and the essay whose theory it tests.
      </p>
      <fieldset className="cite-styles">
        <legend>Citation style</legend>
        {CITATION_STYLES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-style`}
              value={s}
              checked={style === s}
              onChange={() => {
                setStyle(s)
                setStatus('')
              }}
            />{' '}
            {CITATION_STYLE_LABEL[s]}
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
            rows={style === 'bibtex' ? entry.text.split('\n').length : 3}
            value={entry.text}
            spellCheck={false}
          />
          <button
            type="button"
            aria-label={`Copy the citation of ${entry.name}`}
            onClick={() => void copy(entry)}
          >
            Copy
          </button>
        </div>
      ))}
      <p role="status" className="cite-status">
        {status}
      </p>
    </section>
  )
}
