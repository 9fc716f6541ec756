/** The decade years inside a range, for axis ticks and grid lines. */
export function decades(from: number, to: number): number[] {
  const out: number[] = []
  for (let y = Math.ceil(from / 10) * 10; y <= to; y += 10) out.push(y)
  return out
}
