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
import { text, type KeyOf } from '@/i18n/catalogue'
import type { DyadYearRow } from '@/model/rows'
import type { CowType } from '@/model/types'
import { CONFIDENCE, COW_TYPE, OUTCOME, REGIME, type LabelKey } from '@/model/vocabulary'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { wordsIn } from '@/ui/words'
import { columnWords } from './columns.en'

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

/** The columns the table shows (the CSV's first ones), by their headers' keys. */
type HeaderOf<K> = K extends `header.${infer C}` ? C : never
type ColumnId = HeaderOf<KeyOf<typeof columnWords>>

/*
 * The headers and cells write their words in the language in use when the table renders, without
 * a subscription of their own (the table has hundreds of cells): the table itself renders again
 * when the language changes.
 */
const say = (key: KeyOf<typeof columnWords>) => text(columnWords, key)

/** A column's header, by its id (the CSV's column name), in the language in use. */
export const columnName = (id: string) => say(`header.${id as ColumnId}`)
const header = (id: ColumnId) => () => columnName(id)

/** A value's word: "Yes", "No", or "Not covered" in years the series does not cover. */
const yesNoWord = (v: 0 | 1 | '') =>
  say(v === '' ? 'value.not-covered' : v ? 'value.yes' : 'value.no')
const yesNo = (c: { getValue: () => 0 | 1 | '' }) => yesNoWord(c.getValue())

/** A word of the vocabulary: an outcome, a regime, a confidence. */
const word = (k: LabelKey) => wordsIn().label(k)

/** The adversary is named as the data names it, in English; a scenario's own threat has none. */
function adversary(name: string) {
  if (!name) return null
  if (name === 'counterfactual') return say('value.counterfactual')
  return <span lang="en">{name}</span>
}

/**
 * COW's type of alliance. English shows COW's own code, as the CSV has it; the other languages
 * show the word for it, since the code is an English word.
 */
function cowType(v: CowType | '') {
  if (v === '') return say('value.not-covered')
  const w = wordsIn()
  return w.language === 'en' ? v : w.label(COW_TYPE.label(v))
}

/** A code (source ids, coding fields, a data version) is not a word to translate. */
const code = (v: string) => <span translate="no">{v}</span>

/** The pair as it was named that year, e.g. "China–Soviet Union" in 1975. */
function DyadName({ id, year }: { id: string; year: number }) {
  return <>{useExplorerStore(selectLabels).dyad(id, year)}</>
}

export const columns = col.columns([
  col.accessor('dyad', {
    header: header('dyad'),
    cell: (c) => <DyadName id={c.getValue()} year={c.row.original.year} />,
  }),
  col.accessor('year', { header: header('year'), sortFn: 'basic' }),
  // What the lesson reads first: the prediction and how it compares with history.
  col.accessor('predicted', {
    header: header('predicted'),
    cell: (c) => say(c.getValue() ? 'value.alliance' : 'value.none'),
  }),
  col.accessor('outcome', {
    header: header('outcome'),
    cell: (c) => word(OUTCOME.label(c.getValue())),
  }),
  col.accessor('ideology_a', {
    header: header('ideology_a'),
    cell: (c) => word(REGIME.label(c.getValue())),
  }),
  col.accessor('ideology_b', {
    header: header('ideology_b'),
    cell: (c) => word(REGIME.label(c.getValue())),
  }),
  col.accessor('shared_ideology', { header: header('shared_ideology'), cell: yesNo }),
  col.accessor('ideological_rift', {
    header: header('ideological_rift'),
    // A rift is a quarrel between two ruling communist parties; otherwise there is none to have.
    cell: (c) => {
      const r = c.row.original
      return r.ideology_a === 'communist' && r.ideology_b === 'communist'
        ? yesNoWord(c.getValue())
        : say('value.not-applicable')
    },
  }),
  col.accessor('shared_threat', {
    header: header('shared_threat'),
    cell: (c) => {
      const name = c.row.original.common_adversary
      const threat = wordsIn().THREAT_LABEL[c.getValue()]
      return name ? (
        <>
          {threat} ({adversary(name)})
        </>
      ) : (
        threat
      )
    },
  }),
  col.accessor('alliance_essay', { header: header('alliance_essay'), cell: yesNo }),
  col.accessor('alliance_treaty_any', { header: header('alliance_treaty_any'), cell: yesNo }),
  col.accessor('alliance_treaty_defense', {
    header: header('alliance_treaty_defense'),
    cell: yesNo,
  }),
  col.accessor('cow_type', { header: header('cow_type'), cell: (c) => cowType(c.getValue()) }),
  col.accessor('atop_defense', { header: header('atop_defense'), cell: yesNo }),
  col.accessor('atop_nonaggression', { header: header('atop_nonaggression'), cell: yesNo }),
  col.accessor('confidence', {
    header: header('confidence'),
    cell: (c) => word(CONFIDENCE.label(c.getValue())),
  }),
  col.accessor('sources', { header: header('sources'), cell: (c) => code(c.getValue()) }),
  col.accessor('atop_consultation', { header: header('atop_consultation'), cell: yesNo }),
  col.accessor('common_adversary', {
    header: header('common_adversary'),
    cell: (c) => adversary(c.getValue()),
  }),
  col.accessor('name_a', { header: header('name_a') }),
  col.accessor('name_b', { header: header('name_b') }),
  col.accessor('scenario_changed', { header: header('scenario_changed'), cell: yesNo }),
  col.accessor('contested', { header: header('contested'), cell: (c) => code(c.getValue()) }),
  col.accessor('data_version', {
    header: header('data_version'),
    cell: (c) => (c.getValue() === 'your case' ? say('value.your-case') : code(c.getValue())),
  }),
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
