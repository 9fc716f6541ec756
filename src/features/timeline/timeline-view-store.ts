import { create } from 'zustand'
import { ROW_GROUPS, type RowGroup } from './timeline-groups'

/**
 * How the timeline lays out its rows when it holds many pairs: which case-set groups are folded,
 * whether rows are compact, and the state and words that narrow the rows shown. UI state of this
 * device, not of the lesson: it is not in a save or a link. The folded groups and compact rows are
 * a preference kept in localStorage (like projector mode), so they survive a reload; the state
 * filter and the search are for this visit only. The chart and the copy an export draws read the
 * same store, so an exported image shows the rows on screen.
 */
export const TIMELINE_VIEW_KEY = 'alliance-explorer:timeline'

export interface TimelineViewState {
  /** Groups (case sets, a user's own cases) whose rows are folded away under their header. */
  readonly collapsed: readonly RowGroup[]
  /** Thinner bands and rows, for many pairs on one screen. */
  readonly compact: boolean
  /** Only the pairs this state belongs to, or every pair when null. */
  readonly state: string | null
  /** Only the pairs whose names contain these words (case-insensitive); every pair when empty. */
  readonly search: string
}

interface TimelineViewActions {
  toggleCollapsed: (set: RowGroup) => void
  setCompact: (compact: boolean) => void
  setStateFilter: (state: string | null) => void
  setSearch: (search: string) => void
}

/** The longest search kept; longer text matches no pair name anyway. */
const SEARCH_MAX = 60

function readSaved(): Pick<TimelineViewState, 'collapsed' | 'compact'> {
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(TIMELINE_VIEW_KEY) ?? 'null')
    if (!saved || typeof saved !== 'object') return { collapsed: [], compact: false }
    const s = saved as Record<string, unknown>
    const collapsed = Array.isArray(s.collapsed)
      ? s.collapsed.filter((c): c is RowGroup => ROW_GROUPS.includes(c as RowGroup))
      : []
    return { collapsed: [...new Set(collapsed)], compact: s.compact === true }
  } catch {
    return { collapsed: [], compact: false }
  }
}

function save({ collapsed, compact }: Pick<TimelineViewState, 'collapsed' | 'compact'>) {
  try {
    window.localStorage.setItem(TIMELINE_VIEW_KEY, JSON.stringify({ collapsed, compact }))
  } catch {
    // Not kept: it still applies to this visit.
  }
}

export const useTimelineView = create<TimelineViewState & TimelineViewActions>()((set, get) => ({
  ...(typeof window === 'undefined' ? { collapsed: [], compact: false } : readSaved()),
  state: null,
  search: '',
  toggleCollapsed: (caseSet) => {
    const { collapsed, compact } = get()
    const next = collapsed.includes(caseSet)
      ? collapsed.filter((c) => c !== caseSet)
      : [...collapsed, caseSet]
    set({ collapsed: next })
    save({ collapsed: next, compact })
  },
  setCompact: (compact) => {
    set({ compact })
    save({ collapsed: get().collapsed, compact })
  },
  setStateFilter: (state) => set({ state }),
  setSearch: (search) => set({ search: search.slice(0, SEARCH_MAX) }),
}))

/** Back to the defaults, and nothing kept: for tests. */
export function resetTimelineView() {
  try {
    window.localStorage.removeItem(TIMELINE_VIEW_KEY)
  } catch {
    // Nothing was kept.
  }
  useTimelineView.setState({ collapsed: [], compact: false, state: null, search: '' })
}
