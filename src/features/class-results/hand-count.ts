import { LIMITS } from '@/model/limits'

/** A count a teacher types: a whole number from 0 to the class size limit (empty or junk is 0). */
export function handCount(text: string): number {
  const n = Math.floor(Number(text))
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), LIMITS.classSize) : 0
}
