import { useDeferredValue, useId, useState } from 'react'
import { useTable, type PaginationState } from '@tanstack/react-table'
import { OUTCOMES, type Outcome } from '@/model/evaluate'
import type { DyadYearRow } from '@/model/rows'
import { NO_TABLE_FILTER, useExplorerStore } from '@/store/explorer-store'
import { selectLabels, selectRows, selectTableRows } from '@/store/selectors'
import { TABLE_ID } from '@/features/metrics/metrics-panel'
import { downloadDataCsv } from '@/features/share/download-data'
import { Term } from '@/ui/term'
import { OUTCOME_LABEL } from '@/ui/words'
import { columns, features, HIDDEN_AT_START } from './columns'
import { LIMITS } from '@/model/limits'
import './table.css'

const PAGE_SIZES = [25, 50, 100, 500]

/** Every dyad-year with the CSV's columns: the data twin of the charts. Sorted, filtered, paged. */
export function DyadYearTable() {
  const id = useId()
  // A toggle paints the charts first; the table follows one frame later.
  const data = useDeferredValue(useExplorerStore(selectTableRows)) as DyadYearRow[]
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
      <h2 id={`${id}-heading`}>Every dyad-year</h2>
      <p className="hint">
        One row per <Term id="dyad-year">dyad-year</Term>. The columns give the two conditions (
        <Term id="shared-ideology">shared ideology</Term>, with any{' '}
        <Term id="party-rift">party rift</Term>, and <Term id="shared-threat">shared threat</Term>
        ), the five alliance records (the essay&apos;s, the{' '}
        <Term id="treaty-series">treaty series</Term>, <Term id="cow">COW</Term> and{' '}
        <Term id="atop">ATOP</Term>), the prediction, and its outcome against{' '}
        <Term id="history">history</Term>.
      </p>
      <div className="table-filters" role="search" aria-label="Filter the table">
        <label>
          Pair{' '}
          <select
            value={filter.dyad ?? ''}
            onChange={(e) => setTableFilter({ dyad: e.target.value || null })}
          >
            <option value="">All pairs</option>
            {dyads.map((d) => (
              <option key={d.id} value={d.id}>
                {labels.dyad(d.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outcome{' '}
          <select
            value={filter.outcomes.length === 1 ? filter.outcomes[0] : ''}
            onChange={(e) =>
              setTableFilter({ outcomes: e.target.value ? [e.target.value as Outcome] : [] })
            }
          >
            <option value="">All outcomes</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABEL[o]}
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
          Only where the model and history disagree (misses and false alarms)
        </label>
        <label>
          Search{' '}
          <input
            type="search"
            maxLength={LIMITS.search}
            value={filter.search}
            placeholder="e.g. Vietnam 1992"
            onChange={(e) => setTableFilter({ search: e.target.value })}
          />
        </label>
        <button type="button" onClick={() => setTableFilter(NO_TABLE_FILTER)}>
          Clear filters
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
          <summary>Columns</summary>
          <fieldset>
            <legend className="visually-hidden">Columns shown</legend>
            {table.getAllLeafColumns().map((column) => (
              <label key={column.id} className="check">
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  onChange={column.getToggleVisibilityHandler()}
                />
                {String(column.columnDef.header)}
              </label>
            ))}
          </fieldset>
        </details>
        <button
          type="button"
          onClick={() => downloadDataCsv(data.length === total ? 'all' : 'view')}
        >
          Download {data.length === total ? 'all' : 'these'} {data.length} rows (CSV)
        </button>
      </div>
      <p role="status" className="table-count">
        {data.length === 0
          ? 'No dyad-year matches these filters.'
          : `Showing ${first + 1}–${Math.min(first + pagination.pageSize, data.length)} of ${data.length} dyad-years${data.length < total ? ` (filtered from ${total})` : ''}.`}
      </p>
      {/* A box of its own that scrolls, reachable by keyboard; the column headers stay on top. */}
      <div className="table-scroll" role="region" aria-label="Table rows" tabIndex={0}>
        <table
          id={TABLE_ID}
          className="dyad-year-table"
          aria-label="Every dyad-year: codings, prediction and outcome"
        >
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
                        <span className="changed-badge"> changed</span>
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
      <nav className="pager" aria-label="Table pages">
        <button
          type="button"
          onClick={() => table.firstPage()}
          disabled={!table.getCanPreviousPage()}
        >
          First
        </button>
        <button
          type="button"
          onClick={() => table.previousPage()}
          disabled={!table.getCanPreviousPage()}
        >
          Previous
        </button>
        <span>
          Page {pagination.pageIndex + 1} of {pageCount}
        </span>
        <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          Next
        </button>
        <button type="button" onClick={() => table.lastPage()} disabled={!table.getCanNextPage()}>
          Last
        </button>
        <label>
          Rows per page{' '}
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
