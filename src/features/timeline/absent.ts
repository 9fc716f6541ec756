import type { CompiledDataset, CompiledDyad } from '@/model/compile'
import type { Labels } from '@/model/labels'
import { stateLifespan } from '@/model/lifespan'
import { runsOf } from '@/ui/runs'
import { wordsIn } from '@/ui/words'

/*
 * Years in which one of a pair's states did not exist (Yugoslavia after 1992). They are not
 * dyad-years: the timeline draws them as absent and says "did not exist", never "no alliance".
 */

/** The runs of years, within `from`..`to`, in which one of the pair's states did not exist. */
export function absentRuns(
  dyad: Pick<CompiledDyad, 'exists'>,
  first: number,
  from?: number,
  to?: number,
): [number, number][] {
  const exists = dyad.exists
  if (!exists) return []
  return runsOf(
    exists.map((e) => e ^ 1),
    first,
    from,
    to,
  )
}

/** Whether any year of the pair, within `from`..`to`, is one in which a state did not exist. */
export function hasAbsentYears(
  dyad: Pick<CompiledDyad, 'exists'>,
  first: number,
  from: number,
  to: number,
): boolean {
  const exists = dyad.exists
  if (!exists) return false
  for (let y = from; y <= to; y++) if (exists[y - first] === 0) return true
  return false
}

/**
 * "Yugoslavia": the pair's states that did not exist in `year`, by everyday name, as a list in the
 * language in use ("A and B").
 */
export function missingStates(
  base: CompiledDataset,
  labels: Labels,
  dyadId: string,
  year: number,
): string {
  const record = labels.dyadRecord(dyadId)
  if (!record) return ''
  const missing = [record.a, record.b]
    .filter((id) => {
      const state = labels.stateRecord(id)
      if (!state) return false
      const life = stateLifespan(state, base)
      return year < life.from || year > life.to
    })
    .map((id) => labels.state(id))
  return wordsIn().list(missing)
}
