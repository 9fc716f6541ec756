import type { CompiledDataset } from '@/model/compile'
import type { Labels } from '@/model/labels'
import { caseSetOf } from '@/model/lifespan'
import type { DyadRecord } from '@/model/types'
import { CASE_SET, type CaseSet, type LabelKey } from '@/model/vocabulary'
import { text } from '@/i18n/catalogue'
import { wordsIn } from '@/ui/words'
import { timelineGroupsWords } from './timeline-groups.en'

/**
 * Which rows the timeline draws, in what order, under which headers. With one body of cases (the
 * essay's eleven pairs) the rows are the pairs shown, in the data's order, with no header. With
 * more than one (the essay's cases, the out-of-sample library, a user's own cases), the rows are
 * grouped by case set, each group under a header that folds it away, and ordered within a group by
 * the focal state (the pair's first state), so a state's pairs sit together. A state filter and a
 * search narrow the rows in either case; the "Pairs shown" checklist's choices always hold.
 */

/** The timeline's groups: the case sets, and a user's own cases apart from the built-in ones. */
export type RowGroup = CaseSet | 'user'
export const ROW_GROUPS: readonly RowGroup[] = [...CASE_SET.values, 'user']

/** The group a pair's row goes in. */
export const groupOf = (d: Pick<DyadRecord, 'caseSet' | 'userCase'>): RowGroup =>
  d.userCase ? 'user' : caseSetOf(d)

export interface GroupHeader {
  readonly kind: 'group'
  readonly set: RowGroup
  readonly label: string
  /** Pairs of the group that pass the checklist, the state filter and the search. */
  readonly pairs: number
  readonly collapsed: boolean
}

export interface PairRow {
  readonly kind: 'row'
  /** The dyad's index in the dataset. */
  readonly index: number
  /** The first row of a new focal state within a group (not the group's first row). */
  readonly newState: boolean
}

export type TimelineItem = GroupHeader | PairRow

export interface RowFilter {
  readonly hidden: readonly string[]
  readonly state: string | null
  readonly search: string
  readonly collapsed: readonly RowGroup[]
}

/** The groups the dataset's pairs fall in, in the vocabulary's order, a user's own cases last. */
export function caseSetsOf(base: CompiledDataset): RowGroup[] {
  const present = new Set(base.source.dyads.map(groupOf))
  return ROW_GROUPS.filter((c) => present.has(c))
}

/** The label of a group: "The essay's cases", "Out of sample", "Your own cases". */
export const caseSetLabel = (set: RowGroup): string =>
  set === 'user'
    ? text(timelineGroupsWords, 'own-cases')
    : wordsIn().label(CASE_SET.label(set) as LabelKey)

/**
 * Whether a pair's names hold every word of the search, ignoring case: its label ("Albania–USSR /
 * Russia") and every name either state had ("Soviet Union", "Socialist Federal Republic of
 * Yugoslavia"), so "soviet" finds the Soviet years' pairs under their everyday label.
 */
export function pairMatches(
  base: CompiledDataset,
  labels: Labels,
  index: number,
  search: string,
): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const record = base.source.dyads[index]!
  const names = [labels.dyad(record.id)]
  for (const id of [record.a, record.b]) {
    const state = labels.stateRecord(id)
    if (state) for (const n of state.names) names.push(n.name, n.short ?? '')
  }
  const text = names.join(' ').toLowerCase()
  return words.every((w) => text.includes(w))
}

/** The states that belong to some pair of the dataset, by everyday name, for the state filter. */
export function statesWithPairs(
  base: CompiledDataset,
  labels: Labels,
): { id: string; name: string }[] {
  const ids = new Set(base.source.dyads.flatMap((d) => [d.a, d.b]))
  return [...ids]
    .map((id) => ({ id, name: labels.state(id) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The timeline's headers and rows, top to bottom. */
export function timelineItems(
  base: CompiledDataset,
  labels: Labels,
  filter: RowFilter,
): { grouped: boolean; items: TimelineItem[] } {
  const records = base.source.dyads
  const passes = (index: number) => {
    const d = records[index]!
    if (filter.hidden.includes(d.id)) return false
    if (filter.state !== null && d.a !== filter.state && d.b !== filter.state) return false
    return pairMatches(base, labels, index, filter.search)
  }
  const sets = caseSetsOf(base)
  if (sets.length <= 1) {
    const items: TimelineItem[] = []
    records.forEach((_, index) => {
      if (passes(index)) items.push({ kind: 'row', index, newState: false })
    })
    return { grouped: false, items }
  }
  const items: TimelineItem[] = []
  for (const set of sets) {
    const indexes = records
      .map((d, index) => ({ d, index }))
      .filter(({ d, index }) => groupOf(d) === set && passes(index))
      // By the focal state's place in the dataset, then in the data's order (a stable sort).
      .sort((p, q) => (base.stateIndex.get(p.d.a) ?? 0) - (base.stateIndex.get(q.d.a) ?? 0))
    if (indexes.length === 0) continue
    const collapsed = filter.collapsed.includes(set)
    items.push({ kind: 'group', set, label: caseSetLabel(set), pairs: indexes.length, collapsed })
    if (collapsed) continue
    indexes.forEach(({ d, index }, k) => {
      const newState = k > 0 && indexes[k - 1]!.d.a !== d.a
      items.push({ kind: 'row', index, newState })
    })
  }
  return { grouped: true, items }
}
