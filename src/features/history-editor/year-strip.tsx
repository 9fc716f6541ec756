import { memo, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
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
 * One state's or dyad's coding, year by year, as a row of cells. The row is a single control (a
 * slider over the years, one tab stop): arrows move the year, Space or Enter flips it, Shift with
 * an arrow sets a span to the value of the year you started from. With a pointer: click a year
 * to flip it, shift-click or drag to set a span. Memoized: it re-renders only when its own cells
 * change.
 */
export const YearStrip = memo(function YearStrip({ layer, id, label, title }: Props) {
  const helpId = useId()
  const base = useExplorerStore((s) => s.base)
  const patch = useExplorerStore((s) => s.scenario[layer][id])
  const toggleCell = useExplorerStore((s) => s.toggleCell)
  const setCells = useExplorerStore((s) => s.setCells)
  const inspect = useInspectStore((s) => s.inspect)
  const [active, setActive] = useState(base.firstYear)
  const anchor = useRef<{ year: number; value: LayerValue<Layer>; gesture: string } | null>(null)
  const dragging = useRef(false)

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

  const onPointerDown = (e: PointerEvent) => {
    const year = yearOf(e.target)
    if (e.button !== 0 || year === null) return
    dragging.current = true
    // The drag ends wherever the button is released, inside the strip or not.
    const end = () => {
      dragging.current = false
      window.removeEventListener('pointerup', end)
      window.removeEventListener('pointercancel', end)
    }
    window.addEventListener('pointerup', end)
    window.addEventListener('pointercancel', end)
    moveTo(year)
    if (e.shiftKey) extendTo(year)
    else flip(year)
  }

  const onPointerMove = (e: PointerEvent) => {
    const year = yearOf(e.target)
    if (year === null) return
    inspect({ layer, id, year })
    if (dragging.current && year !== active) {
      setActive(year)
      extendTo(year)
    }
  }

  const cells = []
  for (let year = base.firstYear; year <= base.lastYear; year++) {
    const now = patch?.[year] ?? baseValue(base, layer, id, year)
    const { tone } = describeValue(layer, now)
    cells.push(
      <span
        key={year}
        data-year={year}
        className={`cell tone-${tone}${patch?.[year] !== undefined ? ' is-changed' : ''}${year % 10 === 0 ? ' decade' : ''}${year === active ? ' is-active' : ''}`}
      />,
    )
  }
  const now = describeValue(layer, patch?.[active] ?? baseValue(base, layer, id, active)).word
  const was =
    patch?.[active] !== undefined
      ? ` (changed; history: ${describeValue(layer, baseValue(base, layer, id, active)).word})`
      : ''

  return (
    <div className="strip">
      <span className="strip-label" aria-hidden="true">
        {title ?? label}
      </span>
      <div
        className="strip-cells"
        role="slider"
        tabIndex={0}
        aria-label={`${label}, by year`}
        aria-describedby={helpId}
        aria-valuemin={base.firstYear}
        aria-valuemax={base.lastYear}
        aria-valuenow={active}
        aria-valuetext={`${active}: ${now}${was}`}
        data-id={id}
        data-layer={layer}
        onKeyDown={onKeyDown}
        onFocus={() => inspect({ layer, id, year: active })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        style={{ gridTemplateColumns: `repeat(${base.yearCount}, 1fr)` }}
      >
        {cells}
      </div>
      <span id={helpId} className="visually-hidden">
        Arrow keys choose a year; Space flips it; Shift with an arrow sets a span.
      </span>
    </div>
  )
})
