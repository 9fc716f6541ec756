import { useId } from 'react'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { YearInput } from '@/ui/year-input'

/** Which years and which pairs the timeline shows. */
export function TimelineToolbar() {
  const id = useId()
  const base = useExplorerStore((s) => s.base)
  const { yearFrom, yearTo, hiddenDyads } = useExplorerStore((s) => s.view)
  const setYearRange = useExplorerStore((s) => s.setYearRange)
  const toggleDyadShown = useExplorerStore((s) => s.toggleDyadShown)
  const showAllDyads = useExplorerStore((s) => s.showAllDyads)
  const labels = useExplorerStore(selectLabels)

  return (
    <div className="toolbar">
      <label htmlFor={`${id}-from`}>From</label>
      <YearInput
        id={`${id}-from`}
        min={base.firstYear}
        max={base.lastYear}
        value={yearFrom}
        onCommit={(y) => setYearRange(y, yearTo)}
      />
      <label htmlFor={`${id}-to`}>to</label>
      <YearInput
        id={`${id}-to`}
        min={base.firstYear}
        max={base.lastYear}
        value={yearTo}
        onCommit={(y) => setYearRange(yearFrom, y)}
      />
      <button type="button" onClick={() => setYearRange(base.firstYear, base.lastYear)}>
        All years
      </button>
      <details className="pairs-shown">
        <summary>
          Pairs shown ({base.dyads.length - hiddenDyads.length} of {base.dyads.length})
        </summary>
        <fieldset>
          <legend className="visually-hidden">Pairs shown on the timeline</legend>
          {base.dyads.map((d) => (
            <label key={d.id} className="check">
              <input
                type="checkbox"
                checked={!hiddenDyads.includes(d.id)}
                onChange={() => toggleDyadShown(d.id)}
              />
              {labels.dyad(d.id)}
            </label>
          ))}
          <button type="button" onClick={showAllDyads}>
            Show all
          </button>
        </fieldset>
      </details>
    </div>
  )
}
