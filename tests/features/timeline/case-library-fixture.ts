import { DATASET, PRESETS } from '@/data'
import { compileDataset } from '@/model/compile'
import type { Dataset, DyadRecord, StateRecord } from '@/model/types'
import { resetStore, useExplorerStore } from '@/store/explorer-store'
import { cell } from '../../fixtures'

/*
 * The essay's history plus a small out-of-sample library of our own, so the views' tests do not
 * move with the real library's data: Yugoslavia (which ends in 1992) and Albania, and three pairs of the
 * out-of-sample case set. The codings are test codings, not history.
 */

const state = (
  id: string,
  short: string,
  to: number,
  communistUntil: number,
  endsIn?: number,
): StateRecord => ({
  id,
  short,
  names: [{ from: 1949, to: endsIn ?? to, name: short }],
  ...(endsIn
    ? {
        lifespan: {
          from: 1949,
          to: endsIn,
          rationale: 'Test.',
          sources: ['T1'],
          confidence: 'high' as const,
        },
      }
    : {}),
  regime: [
    cell(1949, communistUntil, 'communist' as const),
    ...(communistUntil < to ? [cell(communistUntil + 1, to, 'non-communist' as const)] : []),
  ],
})

const pair = (a: string, b: string, to: number, allied: [number, number] | null): DyadRecord => {
  const years = (v: boolean) =>
    allied
      ? [
          ...(allied[0] > 1949 ? [cell(1949, allied[0] - 1, !v)] : []),
          cell(allied[0], allied[1], v),
          ...(allied[1] < to ? [cell(allied[1] + 1, to, !v)] : []),
        ]
      : [cell(1949, to, !v)]
  return {
    id: `${a}-${b}`,
    a,
    b,
    caseSet: 'out-of-sample',
    threat: [{ ...cell(1949, to, 'yes' as const), adversary: 'United States' }],
    rift: [cell(1949, to, false)],
    essay: years(true),
    treaty_any: years(true),
    treaty_defense: years(true),
    cow: [cell(1949, to, 'none' as const)],
    atop: [cell(1949, to, [] as const)],
  }
}

/** The essay's cases (whatever else the data holds) and the test library. */
export function libraryDataset(): Dataset {
  const mine = ['YUG', 'ALB']
  return {
    ...DATASET,
    sources: [...DATASET.sources, { id: 'T1', title: 'Test source' }],
    states: [
      ...DATASET.states.filter((s) => !mine.includes(s.id)),
      state('YUG', 'Yugoslavia', 1992, 1992, 1992),
      state('ALB', 'Albania', 2026, 1990),
    ],
    dyads: [
      ...DATASET.dyads.filter((d) => (d.caseSet ?? 'essay') === 'essay'),
      pair('YUG', 'RUS', 1992, null),
      pair('ALB', 'RUS', 2026, [1955, 1968]),
      pair('ALB', 'CHN', 2026, null),
    ],
  }
}

/**
 * Puts the store over the essay's history plus the test library, with both case sets in view
 * (tests/setup.ts puts it back).
 */
export function loadLibrary() {
  resetStore(useExplorerStore, compileDataset(libraryDataset()), PRESETS)
  useExplorerStore.getState().updateSettings({ cases: 'all' })
}
