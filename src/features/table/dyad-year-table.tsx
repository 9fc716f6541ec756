import { useDeferredValue, useId, useMemo, useState } from 'react'
import { useTable, type PaginationState } from '@tanstack/react-table'
import { OUTCOMES, type Outcome } from '@/model/evaluate'
import type { DyadYearRow } from '@/model/rows'
import { NO_TABLE_FILTER, useExplorerStore } from '@/store/explorer-store'
import { rowsNamedIn } from '@/store/names'
import { selectLabels, selectRows, selectTableRows } from '@/store/selectors'
import { TABLE_ID } from '@/features/metrics/metrics-panel'
import { downloadDataCsv } from '@/features/share/download-data'
import { Term } from '@/ui/term'
import { useWords } from '@/ui/words'
import { rich, useT } from '@/i18n/react'
import { columnName, columns, features, HIDDEN_AT_START } from './columns'
import { tableWords } from './dyad-year-table.en'
import { LIMITS } from '@/model/limits'
import './table.css'

const PAGE_SIZES = [25, 50, 100, 500]

/** Every dyad-year with the CSV's columns: the data twin of the charts. Sorted, filtered, paged. */
export function DyadYearTable() {
  const id = useId()
  const t = useT(tableWords)
  const w = useWords()
  // A toggle paints the charts first; the table follows one frame later.
  const inView = useDeferredValue(useExplorerStore(selectTableRows))
  const source = useExplorerStore((s) => s.library.source)
  const language = useExplorerStore((s) => s.view.language)
  // The name columns in the page's language (the same rows, untouched, in English).
  const data = useMemo(
    () => rowsNamedIn(inView, source, language) as DyadYearRow[],
    [inView, source, language],
  )
  const total = useExplorerStore(selectRows).length
  const filter = useExplorerStore((s) => s.view.table)
  const dyads = useExplorerStore((s) => s.base.dyads)
  const labels = useExplorerStore(selectLabels)
  const setTableFilter = useExplorerStore((s) => s.setTableFilter)
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 50 })

  // Back to the first page whenever the filter changes (state adjusted during render, not in an effect).
  const [seenFilter, setSeenFilter] = useState(filter)
  if (seenFilter !== filter) {
    setSeenFilter(filter)
    setPagination((p) => ({ ...p, pageIndex: 0 }))
  }

  const table = useTable({
    features,
    columns,
    data,
    initialState: { columnVisibility: HIDDEN_AT_START },
    state: { pagination },
    onPaginationChange: setPagination,
  })
  const rows = table.getRowModel().rows
  const pageCount = Math.max(1, table.getPageCount())
  const first = pagination.pageIndex * pagination.pageSize

  return (
    <section className="panel table-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="hint">
        {rich(t('hint'), {
          dyadyear: (c) => <Term id="dyad-year">{c}</Term>,
          ideology: (c) => <Term id="shared-ideology">{c}</Term>,
          rift: (c) => <Term id="party-rift">{c}</Term>,
          threat: (c) => <Term id="shared-threat">{c}</Term>,
          treaty: (c) => <Term id="treaty-series">{c}</Term>,
          cow: (c) => <Term id="cow">{c}</Term>,
          atop: (c) => <Term id="atop">{c}</Term>,
          history: (c) => <Term id="history">{c}</Term>,
        })}
      </p>
      <div className="table-filters" role="search" aria-label={t('filters')}>
        <label>
          {t('pair')}{' '}
          <select
            value={filter.dyad ?? ''}
            onChange={(e) => setTableFilter({ dyad: e.target.value || null })}
          >
            <option value="">{t('all-pairs')}</option>
            {dyads.map((d) => (
              <option key={d.id} value={d.id}>
                {labels.dyad(d.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('outcome')}{' '}
          <select
            value={filter.outcomes.length === 1 ? filter.outcomes[0] : ''}
            onChange={(e) =>
              setTableFilter({ outcomes: e.target.value ? [e.target.value as Outcome] : [] })
            }
          >
            <option value="">{t('all-outcomes')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {w.OUTCOME_LABEL[o]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.divergentOnly}
            onChange={(e) => setTableFilter({ divergentOnly: e.target.checked })}
          />
          {t('divergent')}
        </label>
        <label>
          {t('search')}{' '}
          <input
            type="search"
            maxLength={LIMITS.search}
            value={filter.search}
            placeholder={t('search.example')}
            onChange={(e) => setTableFilter({ search: e.target.value })}
          />
        </label>
        <button type="button" onClick={() => setTableFilter(NO_TABLE_FILTER)}>
          {t('clear')}
        </button>
        <details
          className="column-picker"
          onKeyDown={(e) => {
            // Escape shuts the picker and leaves the keyboard on its button.
            const picker = e.currentTarget
            if (e.key !== 'Escape' || !picker.open) return
            e.preventDefault()
            picker.open = false
            picker.querySelector('summary')?.focus()
          }}
        >
          <summary>{t('columns')}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('columns.shown')}</legend>
            {table.getAllLeafColumns().map((column) => (
              <label key={column.id} className="check">
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  onChange={column.getToggleVisibilityHandler()}
                />
                {columnName(column.id)}
              </label>
            ))}
          </fieldset>
        </details>
        <button
          type="button"
          onClick={() => downloadDataCsv(data.length === total ? 'all' : 'view')}
        >
          {t(data.length === total ? 'download.all' : 'download.these', { n: String(data.length) })}
        </button>
      </div>
      <p role="status" className="table-count">
        {data.length === 0
          ? t('count.none')
          : t(data.length < total ? 'count.filtered' : 'count', {
              from: String(first + 1),
              to: String(Math.min(first + pagination.pageSize, data.length)),
              n: String(data.length),
              total: String(total),
            })}
      </p>
      {/* A box of its own that scrolls, reachable by keyboard; the column headers stay on top. */}
      <div className="table-scroll" role="region" aria-label={t('rows')} tabIndex={0}>
        <table id={TABLE_ID} className="dyad-year-table" aria-label={t('table')}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted()
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : undefined
                      }
                    >
                      <button
                        type="button"
                        className="sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  )
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={`${row.original.dyad}@${row.original.year}`}
                className={`outcome-row-${row.original.outcome}${row.original.scenario_changed ? ' is-changed' : ''}`}
              >
                {row.getVisibleCells().map((cell, k) =>
                  k === 0 ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                      {row.original.scenario_changed ? (
                        <span className="changed-badge"> {t('changed')}</span>
                      ) : null}
                    </th>
                  ) : (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={t('pages')}>
        <button
          type="button"
          onClick={() => table.firstPage()}
          disabled={!table.getCanPreviousPage()}
        >
          {t('first')}
        </button>
        <button
          type="button"
          onClick={() => table.previousPage()}
          disabled={!table.getCanPreviousPage()}
        >
          {t('previous')}
        </button>
        <span>
          {t('page', { page: String(pagination.pageIndex + 1), count: String(pageCount) })}
        </span>
        <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          {t('next')}
        </button>
        <button type="button" onClick={() => table.lastPage()} disabled={!table.getCanNextPage()}>
          {t('last')}
        </button>
        <label>
          {t('page-size')}{' '}
          <select
            value={pagination.pageSize}
            onChange={(e) => table.setPageSize(Number(e.target.value))}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </section>
  )
}
