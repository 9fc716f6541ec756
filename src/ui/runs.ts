/** The runs of consecutive 1s in a per-year array, as [from, to] years, inside [lo, hi]. */
export function runsOf(
  values: ArrayLike<number>,
  firstYear: number,
  lo = firstYear,
  hi = firstYear + values.length - 1,
): [number, number][] {
  const runs: [number, number][] = []
  let start = -1
  for (let year = lo; year <= hi + 1; year++) {
    const on = year <= hi && values[year - firstYear] === 1
    if (on && start < 0) start = year
    if (!on && start >= 0) {
      runs.push([start, year - 1])
      start = -1
    }
  }
  return runs
}

/** Runs of years where two per-year arrays differ. */
export function differenceRuns(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  firstYear: number,
  lo = firstYear,
  hi = firstYear + a.length - 1,
): [number, number][] {
  // One pass with no temporary array: the timeline runs this for every row on a click.
  const runs: [number, number][] = []
  let start = -1
  for (let year = lo; year <= hi + 1; year++) {
    const i = year - firstYear
    const on = year <= hi && i >= 0 && i < a.length && a[i] !== b[i]
    if (on && start < 0) start = year
    if (!on && start >= 0) {
      runs.push([start, year - 1])
      start = -1
    }
  }
  return runs
}
