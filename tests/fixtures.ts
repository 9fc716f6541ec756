import { compileDataset } from '@/model/compile'
import type { Dataset, DyadRecord, Span } from '@/model/types'

/** A span with filler provenance, for hand-built test datasets. */
export function cell<T>(from: number, to: number, value: T): Span<T> {
  return {
    from,
    to,
    value,
    rationale: 'Test coding for one case.',
    sources: ['T1'],
    confidence: 'high',
  }
}

/**
 * A tiny dataset, 2000–2004: AAA and BBB communist throughout, CCC non-communist; dyad AAA-BBB
 * shares a threat and is allied every year; AAA-CCC shares a threat but never allies.
 */
export function tinyDataset(): Dataset {
  const dyad = (a: string, b: string, allied: boolean): DyadRecord => ({
    id: `${a}-${b}`,
    a,
    b,
    threat: [{ ...cell(2000, 2004, 'yes' as const), adversary: 'ZZZ' }],
    rift: [cell(2000, 2004, false)],
    essay: [cell(2000, 2004, allied)],
    treaty_any: [cell(2000, 2004, allied)],
    treaty_defense: [cell(2000, 2004, false)],
    cow: [cell(2000, 2004, 'none' as const)],
    atop: [cell(2000, 2004, [] as const)],
  })
  return {
    firstYear: 2000,
    lastYear: 2004,
    sources: [{ id: 'T1', title: 'Test source', url: 'https://example.org/t1' }],
    states: [
      {
        id: 'AAA',
        short: 'Aland',
        names: [{ from: 2000, to: 2004, name: 'Aland' }],
        regime: [cell(2000, 2004, 'communist' as const)],
      },
      {
        id: 'BBB',
        short: 'Bland',
        names: [{ from: 2000, to: 2004, name: 'Bland' }],
        regime: [cell(2000, 2004, 'communist' as const)],
      },
      {
        id: 'CCC',
        short: 'Cland',
        names: [{ from: 2000, to: 2004, name: 'Cland' }],
        regime: [cell(2000, 2004, 'non-communist' as const)],
      },
    ],
    dyads: [dyad('AAA', 'BBB', true), dyad('AAA', 'CCC', false)],
  }
}

export const tinyCompiled = () => compileDataset(tinyDataset())
