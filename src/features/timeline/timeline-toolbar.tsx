import { memo, useId, useMemo, useRef } from 'react'
import { useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { YearInput } from '@/ui/year-input'
import { caseSetsOf, statesWithPairs, timelineItems } from './timeline-groups'
import { timelineToolbarWords } from './timeline-toolbar.en'
import { useTimelineView } from './timeline-view-store'

/** More pairs than this (or more than one case set), and the timeline offers ways to find them. */
export const FIND_FROM = 12

/**
 * Which years and which pairs the timeline shows. Memoized: the chart redraws on every change of
 * the result, the toolbar's 500 checkboxes (the large dataset) only when the view changes.
 */
export const TimelineToolbar = memo(function TimelineToolbar() {
  const id = useId()
  const t = useT(timelineToolbarWords)
  const base = useExplorerStore((s) => s.base)
  // Field by field: the view also holds the focus, which moves with every click on the chart.
  const yearFrom = useExplorerStore((s) => s.view.yearFrom)
  const yearTo = useExplorerStore((s) => s.view.yearTo)
  const hiddenDyads = useExplorerStore((s) => s.view.hiddenDyads)
  const setYearRange = useExplorerStore((s) => s.setYearRange)
  const toggleDyadShown = useExplorerStore((s) => s.toggleDyadShown)
  const showAllDyads = useExplorerStore((s) => s.showAllDyads)
  const labels = useExplorerStore(selectLabels)
  // Hidden pairs may include pairs of a case set out of view: count only those in view.
  const shownCount = base.dyads.filter((d) => !hiddenDyads.includes(d.id)).length

  return (
    <div className="toolbar">
      <label htmlFor={`${id}-from`}>{t('from')}</label>
      <YearInput
        id={`${id}-from`}
        min={base.firstYear}
        max={base.lastYear}
        value={yearFrom}
        onCommit={(y) => setYearRange(y, yearTo)}
      />
      <label htmlFor={`${id}-to`}>{t('to')}</label>
      <YearInput
        id={`${id}-to`}
        min={base.firstYear}
        max={base.lastYear}
        value={yearTo}
        onCommit={(y) => setYearRange(yearFrom, y)}
      />
      <button type="button" onClick={() => setYearRange(base.firstYear, base.lastYear)}>
        {t('all-years')}
      </button>
      <details className="pairs-shown">
        <summary>{t('pairs-shown', { n: shownCount, total: base.dyads.length })}</summary>
        <fieldset>
          <legend className="visually-hidden">{t('pairs-shown.legend')}</legend>
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
            {t('show-all')}
          </button>
        </fieldset>
      </details>
      {(base.dyads.length > FIND_FROM || caseSetsOf(base).length > 1) && <FindPairs />}
    </div>
  )
})

/**
 * For many pairs (the case library): show one state's pairs, find pairs by name, and draw the
 * rows compact. Only offered when there are many, so the essay's eleven pairs look as before.
 */
function FindPairs() {
  const id = useId()
  const t = useT(timelineToolbarWords)
  const searchRef = useRef<HTMLInputElement>(null)
  const base = useExplorerStore((s) => s.base)
  const hidden = useExplorerStore((s) => s.view.hiddenDyads)
  const labels = useExplorerStore(selectLabels)
  const { state, search, compact, collapsed, setStateFilter, setSearch, setCompact } =
    useTimelineView()
  const states = useMemo(() => statesWithPairs(base, labels), [base, labels])
  // How many pairs the state and the search leave, of those the checklist shows.
  const narrowed = state !== null || search.trim() !== ''
  const matching = useMemo(
    () =>
      narrowed
        ? timelineItems(base, labels, { hidden, state, search, collapsed: [] }).items.filter(
            (item) => item.kind === 'row',
          ).length
        : 0,
    [narrowed, base, labels, hidden, state, search],
  )
  const folded = collapsed.length > 0 && caseSetsOf(base).length > 1
  return (
    <div className="timeline-find" role="group" aria-label={t('find')}>
      <label htmlFor={`${id}-state`}>{t('state')}</label>
      <select
        id={`${id}-state`}
        value={state ?? ''}
        onChange={(e) => setStateFilter(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('all-states')}</option>
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-search`}>{t('search')}</label>
      <input
        ref={searchRef}
        id={`${id}-search`}
        type="search"
        value={search}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        onChange={(e) => setSearch(e.target.value)}
      />
      {search !== '' && (
        <button
          type="button"
          onClick={() => {
            setSearch('')
            searchRef.current?.focus()
          }}
        >
          {t('search.clear')}
        </button>
      )}
      <label className="check">
        <input type="checkbox" checked={compact} onChange={(e) => setCompact(e.target.checked)} />
        {t('compact')}
      </label>
      <p className="find-count" role="status">
        {narrowed
          ? t(folded ? 'matching.folded' : 'matching', {
              n: matching,
              total: base.dyads.filter((d) => !hidden.includes(d.id)).length,
            })
          : ''}
      </p>
    </div>
  )
}
