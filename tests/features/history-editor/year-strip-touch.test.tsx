import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HistoryEditor } from '@/features/history-editor/history-editor'
import { useExplorerStore } from '@/store/explorer-store'

/**
 * A year strip under a finger. A touch sends every move of a drag to the cell it first touched
 * (implicit pointer capture), so the strip must find the year from where the finger is. The
 * strip here lies 10 px per year from x = 100, 1949 first: year y is centred at
 * 100 + 10 × (y − 1949) + 5.
 */
const LEFT = 100
const PER_YEAR = 10
const xOf = (year: number) => LEFT + PER_YEAR * (year - 1949) + PER_YEAR / 2

function renderStrip(label: string) {
  const view = render(<HistoryEditor />)
  const strip = screen.getByRole('slider', { name: `${label}, by year` })
  const years = Number(strip.getAttribute('aria-valuemax')) - 1949 + 1
  vi.spyOn(strip, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: LEFT, y: 0, width: PER_YEAR * years, height: 24 }),
  )
  const cell = (year: number) => strip.querySelector<HTMLElement>(`[data-year="${year}"]`)!
  return { view, strip, cell }
}

const touch = { pointerType: 'touch', pointerId: 7, isPrimary: true, button: 0, clientY: 12 }
const regimeYears = (id: string) =>
  Object.keys(useExplorerStore.getState().scenario.regime[id] ?? {}).map(Number)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a year strip under a finger', () => {
  it('sets every year a drag crosses, though the moves all arrive at the first cell, as one undo step', () => {
    const { strip, cell } = renderStrip('USSR / Russia')
    const first = cell(1992)
    fireEvent.pointerDown(first, { ...touch, clientX: xOf(1992) })
    for (const year of [1993, 1994, 1995, 1996]) {
      fireEvent.pointerMove(first, { ...touch, clientX: xOf(year) })
    }
    fireEvent.pointerUp(first, { ...touch, clientX: xOf(1996) })

    expect(regimeYears('RUS')).toEqual([1992, 1993, 1994, 1995, 1996])
    expect(strip).toHaveAttribute(
      'aria-valuetext',
      '1996: communist (changed; history: non-communist)',
    )
    const { log, undoStack } = useExplorerStore.getState()
    expect(log.map((e) => e.text)).toEqual(['Russian Federation communist 1992–1996'])
    expect(undoStack.past).toHaveLength(1)
  })

  it('works the same with a pen or a mouse, and sets back to history on a second drag', () => {
    const { cell } = renderStrip('Laos')
    for (const pointerType of ['pen', 'mouse']) {
      fireEvent.pointerDown(cell(1960), { ...touch, pointerType, clientX: xOf(1960) })
      fireEvent.pointerMove(cell(1960), { ...touch, pointerType, clientX: xOf(1962) })
      fireEvent.pointerUp(cell(1960), { ...touch, pointerType, clientX: xOf(1962) })
    }
    // The pen set 1960–62 communist; the mouse flipped them back, so history holds again.
    expect(regimeYears('LAO')).toEqual([])
    expect(useExplorerStore.getState().undoStack.past).toHaveLength(2)
  })

  it('stops at the last year when the finger runs past the end of the strip', () => {
    const { cell } = renderStrip('USSR / Russia')
    fireEvent.pointerDown(cell(2020), { ...touch, clientX: xOf(2020) })
    fireEvent.pointerMove(cell(2020), { ...touch, clientX: xOf(2026) + 200 })
    fireEvent.pointerUp(window, { ...touch })
    expect(regimeYears('RUS')).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026])
  })

  it('ends the drag when the browser takes the touch for a scroll, or the finger lifts anywhere', () => {
    const { cell } = renderStrip('USSR / Russia')
    fireEvent.pointerDown(cell(1992), { ...touch, clientX: xOf(1992) })
    fireEvent.pointerMove(cell(1992), { ...touch, clientX: xOf(1993) })
    fireEvent.pointerCancel(cell(1992), { ...touch })
    fireEvent.pointerMove(cell(1992), { ...touch, clientX: xOf(1997) })
    expect(regimeYears('RUS')).toEqual([1992, 1993])

    fireEvent.pointerDown(cell(2000), { ...touch, clientX: xOf(2000) })
    fireEvent.pointerUp(document.body, { ...touch })
    fireEvent.pointerMove(cell(2000), { ...touch, clientX: xOf(2003) })
    expect(regimeYears('RUS')).toEqual([1992, 1993, 2000])
  })

  it('changes nothing when the finger scrolls the page, and flips the year on a tap', () => {
    const { cell } = renderStrip('USSR / Russia')
    // An upward swipe: the moves go down the strip's rows, then the browser takes the touch.
    fireEvent.pointerDown(cell(1992), { ...touch, clientX: xOf(1992), clientY: 200 })
    fireEvent.pointerMove(cell(1992), { ...touch, clientX: xOf(1993), clientY: 150 })
    fireEvent.pointerCancel(cell(1992), { ...touch })
    expect(regimeYears('RUS')).toEqual([])
    expect(useExplorerStore.getState().log).toEqual([])

    fireEvent.pointerDown(cell(1992), { ...touch, clientX: xOf(1992) })
    fireEvent.pointerUp(cell(1992), { ...touch, clientX: xOf(1992) })
    expect(regimeYears('RUS')).toEqual([1992])
  })

  it('leaves no listener behind on the window, after a drag or when it goes away mid-drag', () => {
    const added = vi.spyOn(window, 'addEventListener')
    const removed = vi.spyOn(window, 'removeEventListener')
    const pointerListeners = (spy: typeof added) =>
      spy.mock.calls.filter(([type]) => type === 'pointerup' || type === 'pointercancel')

    const { view, cell } = renderStrip('USSR / Russia')
    fireEvent.pointerDown(cell(1992), { ...touch, clientX: xOf(1992) })
    fireEvent.pointerUp(cell(1992), { ...touch })
    fireEvent.pointerDown(cell(1995), { ...touch, clientX: xOf(1995) })
    view.unmount()

    expect(pointerListeners(added)).toHaveLength(4)
    expect(pointerListeners(removed)).toEqual(pointerListeners(added))
  })
})
