import {
  columnVisibilityFeature,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table'
import type { DyadYearRow } from '@/model/rows'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { OUTCOME_LABEL, THREAT_LABEL } from '@/ui/words'

// Features and columns live at module scope: TanStack rebuilds rows whenever they change identity.
export const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
})

const col = createColumnHelper<typeof features, DyadYearRow>()
const NOT_COVERED = 'Not covered'
const yesNo = (v: 0 | 1 | '') => (v === '' ? NOT_COVERED : v ? 'Yes' : 'No')

/** The pair as it was named that year, e.g. "China–Soviet Union" in 1975. */
function DyadName({ id, year }: { id: string; year: number }) {
  return <>{useExplorerStore(selectLabels).dyad(id, year)}</>
}

export const columns = col.columns([
  col.accessor('dyad', {
    header: 'Pair',
    cell: (c) => <DyadName id={c.getValue()} year={c.row.original.year} />,
  }),
  col.accessor('year', { header: 'Year', sortFn: 'basic' }),
  // What the lesson reads first: the prediction and how it compares with history.
  col.accessor('predicted', {
    header: 'Predicted',
    cell: (c) => (c.getValue() ? 'Alliance' : 'None'),
  }),
  col.accessor('outcome', { header: 'Outcome', cell: (c) => OUTCOME_LABEL[c.getValue()] }),
  col.accessor('ideology_a', { header: 'First state' }),
  col.accessor('ideology_b', { header: 'Second state' }),
  col.accessor('shared_ideology', { header: 'Shared ideology', cell: (c) => yesNo(c.getValue()) }),
  col.accessor('ideological_rift', {
    header: 'Party rift',
    // A rift is a quarrel between two ruling communist parties; otherwise there is none to have.
    cell: (c) => {
      const r = c.row.original
      return r.ideology_a === 'communist' && r.ideology_b === 'communist'
        ? yesNo(c.getValue())
        : 'Not applicable'
    },
  }),
  col.accessor('shared_threat', {
    header: 'Shared threat',
    cell: (c) => {
      const adversary = c.row.original.common_adversary
      return `${THREAT_LABEL[c.getValue()]}${adversary ? ` (${adversary})` : ''}`
    },
  }),
  col.accessor('alliance_essay', { header: 'Essay: allied', cell: (c) => yesNo(c.getValue()) }),
  col.accessor('alliance_treaty_any', { header: 'Any treaty', cell: (c) => yesNo(c.getValue()) }),
  col.accessor('alliance_treaty_defense', {
    header: 'Defence treaty',
    cell: (c) => yesNo(c.getValue()),
  }),
  col.accessor('cow_type', { header: 'COW type', cell: (c) => c.getValue() || NOT_COVERED }),
  col.accessor('atop_defense', { header: 'ATOP defence', cell: (c) => yesNo(c.getValue()) }),
  col.accessor('atop_nonaggression', {
    header: 'ATOP non-aggression',
    cell: (c) => yesNo(c.getValue()),
  }),
  col.accessor('confidence', { header: 'Confidence' }),
  col.accessor('sources', { header: 'Sources' }),
  col.accessor('atop_consultation', {
    header: 'ATOP consultation',
    cell: (c) => yesNo(c.getValue()),
  }),
  col.accessor('common_adversary', { header: 'Common adversary' }),
  col.accessor('name_a', { header: 'First state name' }),
  col.accessor('name_b', { header: 'Second state name' }),
  col.accessor('scenario_changed', {
    header: 'Changed by scenario',
    cell: (c) => yesNo(c.getValue()),
  }),
  col.accessor('contested', { header: 'Contested codings' }),
  col.accessor('data_version', { header: 'Data version' }),
])

/** Columns hidden until the user asks for them: the other alliance series and the details. */
export const HIDDEN_AT_START = {
  alliance_treaty_any: false,
  alliance_treaty_defense: false,
  cow_type: false,
  atop_defense: false,
  atop_nonaggression: false,
  atop_consultation: false,
  common_adversary: false,
  name_a: false,
  name_b: false,
  scenario_changed: false,
  contested: false,
  data_version: false,
}
