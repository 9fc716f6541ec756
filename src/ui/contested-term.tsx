import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  contestedName,
  TERMINOLOGY,
  type ContestedId,
  type ContestedName,
} from '@/data/terminology'
import type { Language } from '@/i18n/languages'
import { rich, useLanguage, useT } from '@/i18n/react'
import type { Translate } from '@/i18n/catalogue'
import { contestedTermWords } from './contested-term.en'
import { useFloatingTip } from './term'
import './term.css'
import './contested-term.css'

/** Each side's term as a line "Vietnamese usage: <t>…</t> (gloss)", with the term's language. */
function usages(
  name: ContestedName,
  language: Language,
  t: Translate<typeof contestedTermWords>,
): { lang: Language; message: string }[] {
  const line = (side: string, term: string, gloss: string | undefined) =>
    gloss === undefined ? t('usage', { side, term }) : t('usage.glossed', { side, term, gloss })
  return [
    {
      lang: 'vi',
      message: line(
        t('side.vietnamese'),
        name.vietnamese.term,
        language === 'vi' ? undefined : name.vietnamese.gloss[language],
      ),
    },
    {
      lang: 'zh-Hans',
      message: line(
        t('side.prc'),
        name.prc.term,
        language === 'zh-Hans' ? undefined : name.prc.gloss[language],
      ),
    },
  ]
}

/**
 * A name Hanoi and Beijing contest (`src/data/terminology.ts`), written as the neutral term in the
 * language in use (or as `children`, where a sentence needs another form of it). Each side's own
 * term is its `title`, shown on hover, and focusing or tapping the word shows them as a tooltip
 * that is then the word's accessible description, so a screen reader reads them on focus. Escape
 * dismisses it. Marked like a term of art, by a dotted underline.
 */
export function ContestedTerm({ id, children }: { id: ContestedId; children?: ReactNode }) {
  const tipId = useId()
  const language = useLanguage()
  const t = useT(contestedTermWords)
  const [open, setOpen] = useState(false)
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null)
  const word = useRef<HTMLSpanElement>(null)
  const tip = useRef<HTMLSpanElement>(null)
  const name = contestedName(id)
  const lines = usages(name, language, t)

  useFloatingTip(open, setOpen, word, tip, setPlace)

  return (
    <span
      className="term contested-term"
      // On hover the sides' terms come as the title; while the tooltip shows, not twice.
      title={open ? undefined : lines.map((l) => l.message.replace(/<\/?t>/g, '')).join('\n')}
    >
      <span
        ref={word}
        className="term-word"
        tabIndex={0}
        aria-describedby={open ? tipId : undefined}
        data-contested={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={(e) => {
          // A tap shows the terms; inside a label it must not also move focus to the field.
          e.preventDefault()
          setOpen(true)
        }}
      >
        {children ?? name.neutral[language]}
      </span>
      {open && (
        <span
          ref={tip}
          id={tipId}
          role="tooltip"
          className="term-tip"
          style={place ? { left: place.left, top: place.top } : undefined}
        >
          {lines.map((l) => (
            <span key={l.lang} className="contested-usage">
              {rich(l.message, { t: (c) => <span lang={l.lang}>{c}</span> })}
            </span>
          ))}
        </span>
      )}
    </span>
  )
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where a text names a contested thing by its neutral term in `language`: the text in pieces. */
export function contestedPieces(
  text: string,
  language: Language,
): (string | { id: ContestedId; text: string })[] {
  const terms = TERMINOLOGY.map((n) => ({ id: n.id, term: n.neutral[language] })).sort(
    (a, b) => b.term.length - a.term.length,
  )
  const pattern = new RegExp(terms.map((t) => escape(t.term)).join('|'), 'g')
  const out: (string | { id: ContestedId; text: string })[] = []
  let last = 0
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index))
    out.push({ id: terms.find((t) => t.term === m[0])!.id, text: m[0] })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push(text.slice(last))
  return out
}

/**
 * A text in which each contested name, written with its neutral term, shows the sides' own
 * terms on hover and focus (`<ContestedTerm>`).
 */
export function ContestedText({ children }: { children: string }) {
  const language = useLanguage()
  const pieces = useMemo(() => contestedPieces(children, language), [children, language])
  return (
    <>
      {pieces.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <ContestedTerm key={i} id={p.id}>
            {p.text}
          </ContestedTerm>
        ),
      )}
    </>
  )
}
