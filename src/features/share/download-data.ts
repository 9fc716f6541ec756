import { downloadBlob } from '@/lib/download'
import { toCsv } from '@/lib/csv'
import { ROW_COLUMNS } from '@/model/rows'
import { useExplorerStore } from '@/store/explorer-store'
import { rowsNamedIn } from '@/store/names'
import { selectRows, selectTableRows } from '@/store/selectors'
import { scenarioSlug } from '@/features/export/caption'

/**
 * Downloads the dyad-year rows as `npm run data:csv` writes them: every row (the toolbar's
 * "Download data (CSV)"), or only those the table's filters leave in view (the table's own button).
 */
export function downloadDataCsv(rows: 'all' | 'view') {
  const s = useExplorerStore.getState()
  // The name columns in the page's language; the column names and codes stay English.
  const data = rowsNamedIn(
    rows === 'all' ? selectRows(s) : selectTableRows(s),
    s.library.source,
    s.view.language,
  )
  const name = `alliance-explorer_data_${scenarioSlug(s)}${rows === 'view' ? '_in-view' : ''}.csv`
  downloadBlob(new Blob([toCsv(ROW_COLUMNS, data)], { type: 'text/csv;charset=utf-8' }), name)
}
