import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { baseValue, effectiveValue, type Layer, type LayerValue } from '@/model/scenario'
import { useExplorerStore } from '@/store/explorer-store'
import { REGIME_LABEL, THREAT_LABEL } from '@/ui/words'
import { useInspectStore } from './inspect-store'

interface Props {
  readonly layer: Layer
  readonly id: string
  /** What the strip codes, in full, e.g. "Vietnam–Russia: shared threat". */
  readonly label: string
  /** The visible name beside the strip, when shorter than the label. */
  readonly title?: string
}

/** How a value reads out loud and which look its cell gets. */
export function describeValue(
  layer: Layer,
  v: LayerValue<Layer> | undefined,
): { word: string; tone: string } {
  if (layer === 'regime')
    return { word: REGIME_LABEL[v as 'communist'], tone: v === 'communist' ? 'on' : 'off' }
  if (layer === 'threat') {
    return {
      word: `threat ${THREAT_LABEL[v as 'yes']}`,
      tone: v === 'yes' ? 'on' : v === 'contested' ? 'half' : 'off',
    }
  }
  return { word: v ? 'party rift' : 'no party rift', tone: v ? 'on' : 'off' }
}

let gestures = 0

const MOVES: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  PageUp: -10,
  PageDown: 10,
}

/**
 * One state's or dyad's coding, year by year, as a row of cells. Click or press Space to flip a
 * year; shift-click, shift-arrow or drag to set a span to the value of the year you started from.
 * One tab stop per strip; arrows move within it. Memoized: it re-renders only when its own cells
 * change.
 */
export const YearStrip = memo(function YearStrip({ layer, id, label, title }: Props) {
  const base = useExplorerStore((s) => s.base)
  const patch = useExplorerStore((s) => s.scenario[layer][id])
  const toggleCell = useExplorerStore((s) => s.toggleCell)
  const setCells = useExplorerStore((s) => s.setCells)
  const inspect = useInspectStore((s) => s.inspect)
  const [active, setActive] = useState(base.firstYear)
  const anchor = useRef<{ year: number; value: LayerValue<Layer>; gesture: string } | null>(null)
  const dragging = useRef(false)
  const handledByPointer = useRef(false)
  const strip = useRef<HTMLDivElement>(null)

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
    strip.current?.querySelector<HTMLButtonElement>(`[data-year="${y}"]`)?.focus()
    return y
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const year = Number((e.target as HTMLElement).dataset.year ?? active)
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault()
      if (e.shiftKey) extendTo(year)
      else flip(year)
      return
    }
    let next: number | undefined
    if (e.key in MOVES) next = year + MOVES[e.key]!
    if (e.key === 'Home') next = base.firstYear
    if (e.key === 'End') next = base.lastYear
    if (next === undefined) return
    e.preventDefault()
    const y = moveTo(next)
    if (e.shiftKey) extendTo(y)
  }

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, year: number) => {
    if (e.button !== 0) return
    handledByPointer.current = true
    dragging.current = true
    setActive(year)
    if (e.shiftKey) extendTo(year)
    else flip(year)
  }

  const cells = []
  for (let year = base.firstYear; year <= base.lastYear; year++) {
    const now = patch?.[year] ?? baseValue(base, layer, id, year)
    const changed = patch?.[year] !== undefined
    const { word, tone } = describeValue(layer, now)
    const was = changed ? describeValue(layer, baseValue(base, layer, id, year)).word : ''
    cells.push(
      <button
        key={year}
        type="button"
        data-year={year}
        className={`cell tone-${tone}${changed ? ' is-changed' : ''}${year % 10 === 0 ? ' decade' : ''}`}
        tabIndex={year === active ? 0 : -1}
        aria-label={`${label}, ${year}: ${word}${changed ? ` (changed; history: ${was})` : ''}`}
        onPointerDown={(e) => onPointerDown(e, year)}
        onPointerEnter={(e) => {
          inspect({ layer, id, year })
          if (dragging.current && e.buttons === 1) extendTo(year)
        }}
        onFocus={() => inspect({ layer, id, year })}
        onClick={() => {
          // Screen readers and other assistive tools click without a pointer press.
          if (handledByPointer.current) handledByPointer.current = false
          else flip(year)
        }}
      />,
    )
  }

  return (
    <div className="strip">
      <span className="strip-label" aria-hidden="true">
        {title ?? label}
      </span>
      <div
        ref={strip}
        className="strip-cells"
        role="group"
        aria-label={`${label}, by year`}
        onKeyDown={onKeyDown}
        onPointerUp={() => (dragging.current = false)}
        onPointerLeave={() => (dragging.current = false)}
        style={{ gridTemplateColumns: `repeat(${base.yearCount}, 1fr)` }}
      >
        {cells}
      </div>
    </div>
  )
})
