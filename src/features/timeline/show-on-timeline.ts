import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { groupOf, pairMatches } from './timeline-groups'
import { useTimelineView } from './timeline-view-store'

/**
 * Puts a pair's years on screen from anywhere in the app (the About text, the result, the
 * network): the Explore step and the timeline, the pair shown (its group unfolded, and no filter or
 * search hiding it), the years in range, the focus on the first year and the keyboard on the
 * pair's row.
 */
export function showOnTimeline(dyad: string, from: number, to = from) {
  const s = useExplorerStore.getState()
  if (s.view.hiddenDyads.includes(dyad)) s.toggleDyadShown(dyad)
  // Nor a state filter, a search or a folded group may keep the pair's row out of sight.
  const index = s.base.dyadIndex.get(dyad)
  const record = index === undefined ? undefined : s.base.source.dyads[index]
  if (index !== undefined && record) {
    const view = useTimelineView.getState()
    if (view.state !== null && record.a !== view.state && record.b !== view.state)
      view.setStateFilter(null)
    if (!pairMatches(s.base, selectLabels(s), index, view.search)) view.setSearch('')
    if (view.collapsed.includes(groupOf(record))) view.toggleCollapsed(groupOf(record))
  }
  if (from < s.view.yearFrom || to > s.view.yearTo)
    s.setYearRange(Math.min(from, s.view.yearFrom), Math.max(to, s.view.yearTo))
  s.setStep('explore')
  s.setChart('timeline')
  s.setFocus({ dyad, year: from })
  // The row is drawn on the next frame when another step or the network was showing.
  requestAnimationFrame(() => {
    const row = document.querySelector<SVGGElement>(
      `.timeline-row[data-dyad="${CSS.escape(dyad)}"]`,
    )
    const target = row ?? document.getElementById('timeline')
    target?.focus({ preventScroll: true })
    target?.scrollIntoView?.({ block: 'center' })
  })
}
