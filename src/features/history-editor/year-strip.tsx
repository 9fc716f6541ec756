import {
  memo,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { baseValue, effectiveValue, type Layer, type LayerValue } from '@/model/scenario'
import { useExplorerStore } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import { activeLanguage, translator } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import { useLanguage, useT } from '@/i18n/react'
import { RIFT } from '@/model/vocabulary'
import { wordsIn } from '@/ui/words'
import { useInspectStore } from './inspect-store'
import { yearStripWords } from './year-strip.en'

interface Props {
  readonly layer: Layer
  readonly id: string
  /** What the strip codes, in full, e.g. "Vietnam–Russia: shared threat". */
  readonly label: string
  /** The visible name beside the strip, when shorter than the label. */
  readonly title?: string
}

/** The look a value's cell gets: on, off, or half (a contested threat). */
export function toneOf(layer: Layer, v: LayerValue<Layer> | undefined): string {
  if (layer === 'regime') return v === 'communist' ? 'on' : 'off'
  if (layer === 'threat') return v === 'yes' ? 'on' : v === 'contested' ? 'half' : 'off'
  return v ? 'on' : 'off'
}

/** How a value reads out loud, in `language` (the one in use by default), and its cell's look. */
export function describeValue(
  layer: Layer,
  v: LayerValue<Layer> | undefined,
  language: Language = activeLanguage(),
): { word: string; tone: string } {
  const tone = toneOf(layer, v)
  if (layer === 'regime') return { word: wordsIn(language).REGIME_LABEL[v as 'communist'], tone }
  if (layer === 'threat') {
    const say = translator(yearStripWords, language)
    return { word: say(`threat.${v as 'yes' | 'no' | 'contested'}`), tone }
  }
  return { word: wordsIn(language).label(RIFT.label(Boolean(v))), tone }
}

let gestures = 0

/** The strip's grid: one column per year, or (on a phone) decade rows that start at `lead`. */
export const yearGrid = (years: number, firstYear: number) =>
  ({ '--years': years, '--lead': firstYear % 10 }) as CSSProperties

const MOVES: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageUp: 10,
  PageDown: -10,
}

const yearOf = (target: EventTarget | null) => {
  const y = (target as HTMLElement | null)?.dataset?.year
  return y === undefined ? null : Number(y)
}

/**
 * The year under a point, wherever the events of a drag are sent (a touch sends every move to the
 * cell it first touched). The cell the browser finds at the point, if it is one of this strip's;
 * off the cells, the nearest year: by distance when the years wrap into decade rows (on a phone),
 * else by the point's share of the strip's width, clamped to its ends.
 */
export function yearAt(strip: HTMLElement, x: number, y: number): number | null {
  const hit =
    typeof document.elementFromPoint === 'function' ? document.elementFromPoint(x, y) : null
  const hitYear = hit && strip.contains(hit) ? yearOf(hit) : null
  if (hitYear !== null) return hitYear
  const cells = [...strip.querySelectorAll<HTMLElement>('[data-year]')]
  if (cells.length === 0) return null
  const first = cells[0]!.getBoundingClientRect()
  const last = cells.at(-1)!.getBoundingClientRect()
  if (first.width > 0 && last.top >= first.bottom) {
    let best = cells[0]!
    let bestDistance = Infinity
    for (const cell of cells) {
      const b = cell.getBoundingClientRect()
      const d = Math.hypot(
        Math.max(b.left - x, 0, x - b.right),
        Math.max(b.top - y, 0, y - b.bottom),
      )
      if (d < bestDistance) [best, bestDistance] = [cell, d]
    }
    return yearOf(best)
  }
  const box = strip.getBoundingClientRect()
  if (box.width <= 0) return null
  const i = Math.floor(((x - box.left) / box.width) * cells.length)
  return yearOf(cells[Math.min(cells.length - 1, Math.max(0, i))]!)
}

/**
 * One state's or dyad's coding, year by year, as a row of cells. The row is a single control (a
 * slider over the years, one tab stop): arrows move the year, Space or Enter flips it, Shift with
 * an arrow sets a span to the value of the year you started from. With a pointer: click a year
 * to flip it, shift-click or drag to set a span; a finger taps or drags sideways the same way,
 * and an up or down swipe scrolls the page without changing anything. Memoized: it re-renders
 * only when its own cells change.
 */
export const YearStrip = memo(function YearStrip({ layer, id, label, title }: Props) {
  const helpId = useId()
  const t = useT(yearStripWords)
  const language = useLanguage()
  const base = useExplorerStore((s) => s.base)
  // The cells show the scenario with the rest of the result, a frame after the press; what a
  // press does is worked out from the store as it is (valueNow), never from what is drawn.
  const patch = useExplorerResult((s) => s.scenario[layer][id])
  const toggleCell = useExplorerStore((s) => s.toggleCell)
  const setCells = useExplorerStore((s) => s.setCells)
  const inspect = useInspectStore((s) => s.inspect)
  const [active, setActive] = useState(base.firstYear)
  const anchor = useRef<{ year: number; value: LayerValue<Layer>; gesture: string } | null>(null)
  const dragging = useRef(false)
  const pending = useRef<{ year: number; x: number; y: number } | null>(null)

  const valueNow = (year: number) =>
    effectiveValue(base, useExplorerStore.getState().scenario, layer, id, year)

  // A flip and the span it is extended into (by drag or shift) are one undo step.
  const flip = (year: number) => {
    const gesture = `${layer}:${id}:${year}:${++gestures}`
    toggleCell(layer, id, year, gesture)
    anchor.current = { year, value: valueNow(year)!, gesture }
  }
  const extendTo = (year: number) => {
    if (!anchor.current) return flip(year)
    setCells(layer, id, anchor.current.year, year, anchor.current.value, anchor.current.gesture)
  }
  const moveTo = (year: number) => {
    const y = Math.min(base.lastYear, Math.max(base.firstYear, year))
    setActive(y)
    inspect({ layer, id, year: y })
    return y
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault()
      if (e.shiftKey) extendTo(active)
      else flip(active)
      return
    }
    let next: number | undefined
    if (e.key in MOVES) next = active + MOVES[e.key]!
    if (e.key === 'Home') next = base.firstYear
    if (e.key === 'End') next = base.lastYear
    if (next === undefined) return
    e.preventDefault()
    const y = moveTo(next)
    if (e.shiftKey) extendTo(y)
  }

  // The drag ends wherever the finger or button is lifted, inside the strip or not, and when
  // the strip goes away mid-drag.
  const endDrag = useRef<(() => void) | null>(null)
  useEffect(() => () => endDrag.current?.(), [])

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    const year = yearOf(e.target)
    if (e.button !== 0 || year === null) return
    endDrag.current?.()
    dragging.current = true
    // A touch captures the pointer to the cell it lands on; the strip takes the capture instead,
    // and the moves are resolved by position (`yearAt`).
    try {
      e.currentTarget.setPointerCapture?.(e.pointerId)
    } catch {
      // Not an active pointer (a synthetic event): the moves still reach the strip.
    }
    // A finger may be starting a scroll: its first year waits until the finger lifts (a tap) or
    // moves sideways onto another year (a drag); if the browser takes it for a scroll
    // (pointercancel), nothing changes.
    const end = (ev?: Event) => {
      const tapped = pending.current
      pending.current = null
      dragging.current = false
      endDrag.current = null
      window.removeEventListener('pointerup', end)
      window.removeEventListener('pointercancel', end)
      if (tapped && ev?.type === 'pointerup') flip(tapped.year)
    }
    endDrag.current = end
    window.addEventListener('pointerup', end)
    window.addEventListener('pointercancel', end)
    moveTo(year)
    if (e.pointerType === 'touch') pending.current = { year, x: e.clientX, y: e.clientY }
    else if (e.shiftKey) extendTo(year)
    else flip(year)
  }

  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const strip = e.currentTarget
    const year = dragging.current
      ? (yearAt(strip, e.clientX, e.clientY) ?? yearOf(e.target))
      : (yearOf(e.target) ?? yearAt(strip, e.clientX, e.clientY))
    if (year === null) return
    inspect({ layer, id, year })
    if (!dragging.current) return
    const start = pending.current
    if (start) {
      const sideways = Math.abs(e.clientX - start.x) >= Math.abs(e.clientY - start.y)
      if (year === start.year || !sideways) return
      pending.current = null
      flip(start.year)
    }
    if (year !== active) {
      setActive(year)
      extendTo(year)
    }
  }

  const cells = []
  for (let year = base.firstYear; year <= base.lastYear; year++) {
    const now = patch?.[year] ?? baseValue(base, layer, id, year)
    // Only the look: the words are for the year in focus, below.
    const tone = toneOf(layer, now)
    // On a phone the years wrap into decade rows, each led by its decade (hidden on wider screens).
    if (year === base.firstYear || year % 10 === 0) {
      cells.push(
        <span key={`d${year}`} className="decade-label" aria-hidden="true">
          {t('decade', { decade: String(year - (year % 10)) })}
        </span>,
      )
    }
    cells.push(
      <span
        key={year}
        data-year={year}
        className={`cell tone-${tone}${patch?.[year] !== undefined ? ' is-changed' : ''}${year % 10 === 0 ? ' decade' : ''}${year === active ? ' is-active' : ''}`}
      />,
    )
  }
  const now = describeValue(
    layer,
    patch?.[active] ?? baseValue(base, layer, id, active),
    language,
  ).word
  const valueText =
    patch?.[active] !== undefined
      ? t('value.changed', {
          year: String(active),
          value: now,
          history: describeValue(layer, baseValue(base, layer, id, active), language).word,
        })
      : t('value', { year: String(active), value: now })

  return (
    <div className="strip">
      <span className="strip-label" aria-hidden="true">
        {title ?? label}
      </span>
      <div
        className="strip-cells"
        role="slider"
        tabIndex={0}
        aria-label={t('slider', { label })}
        aria-describedby={helpId}
        aria-valuemin={base.firstYear}
        aria-valuemax={base.lastYear}
        aria-valuenow={active}
        aria-valuetext={valueText}
        data-id={id}
        data-layer={layer}
        onKeyDown={onKeyDown}
        onFocus={() => inspect({ layer, id, year: active })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        style={yearGrid(base.yearCount, base.firstYear)}
      >
        {cells}
      </div>
      <span id={helpId} className="visually-hidden">
        {t('help')}
      </span>
    </div>
  )
})
