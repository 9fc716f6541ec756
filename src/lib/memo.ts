/**
 * Caches the last call: the same arguments (by identity) give back the same result object. Enough
 * for selectors whose inputs are store references, and what keeps zustand v5 selectors stable.
 */
export function memoLast<Args extends readonly unknown[], R>(fn: (...args: Args) => R) {
  let lastArgs: Args | undefined
  let lastResult!: R
  return (...args: Args): R => {
    if (
      !lastArgs ||
      args.length !== lastArgs.length ||
      args.some((a, i) => !Object.is(a, lastArgs![i]))
    ) {
      lastResult = fn(...args)
      lastArgs = args
    }
    return lastResult
  }
}
