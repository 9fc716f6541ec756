import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react'
import { useDataText } from '@/i18n/react'
import { glossaryEntry, type TermId } from './glossary'
import { glossaryWords } from './glossary.en'
import './term.css'

const MARGIN = 8

/**
 * A term of art with its short definition: the word is focusable and marked by a dotted
 * underline (not colour alone); hovering, focusing or tapping it shows the definition as a
 * tooltip, which Escape dismisses. While shown, the tooltip is the word's accessible description,
 * so a screen reader reads the definition on focus. Hidden, it is not in the page at all, so the
 * text around it reads (and copies) as plain prose.
 */
export function Term({ id, children }: { id: TermId; children: ReactNode }) {
  const tipId = useId()
  const [open, setOpen] = useState(false)
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null)
  const word = useRef<HTMLSpanElement>(null)
  const tip = useRef<HTMLSpanElement>(null)
  const entry = glossaryEntry(id)
  const dt = useDataText()

  useFloatingTip(open, setOpen, word, tip, setPlace)

  return (
    <span
      className="term"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => {
        if (document.activeElement !== word.current) setOpen(false)
      }}
    >
      <span
        ref={word}
        className="term-word"
        tabIndex={0}
        aria-describedby={open ? tipId : undefined}
        data-term={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={(e) => {
          // A tap shows the definition; inside a label it must not also move focus to the field.
          e.preventDefault()
          setOpen(true)
        }}
      >
        {children}
      </span>
      {open && (
        <span
          ref={tip}
          id={tipId}
          role="tooltip"
          className="term-tip"
          style={place ? { left: place.left, top: place.top } : undefined}
        >
          {dt(glossaryWords.ns, `${id}.definition`, entry.definition)}
        </span>
      )}
    </span>
  )
}

/**
 * A tooltip shown beside a word: placed below it (above when there is no room) and kept inside
 * the viewport while open, so it never widens a phone page; Escape closes it wherever focus is,
 * as WCAG 1.4.13 asks of hover content. Shared by `<Term>` and `<ContestedTerm>`.
 */
export function useFloatingTip(
  open: boolean,
  setOpen: (open: boolean) => void,
  word: RefObject<HTMLElement | null>,
  tip: RefObject<HTMLElement | null>,
  setPlace: (place: { left: number; top: number }) => void,
) {
  // Placed beside the word and kept inside the viewport, so a tooltip never widens a phone page.
  useLayoutEffect(() => {
    if (!open) return
    const place = () => {
      const w = word.current?.getBoundingClientRect()
      const t = tip.current?.getBoundingClientRect()
      if (!w || !t) return
      const width = document.documentElement.clientWidth || window.innerWidth
      const left = Math.max(MARGIN, Math.min(w.left, width - t.width - MARGIN))
      const below = w.bottom
      const top =
        below + t.height > window.innerHeight && w.top - t.height > 0 ? w.top - t.height : below
      setPlace({ left, top })
    }
    place()
    window.addEventListener('scroll', place, true)
    window.addEventListener('resize', place)
    return () => {
      window.removeEventListener('scroll', place, true)
      window.removeEventListener('resize', place)
    }
  }, [open, word, tip, setPlace])

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open, setOpen])
}
