/**
 * How many generated inputs a property test tries. `npm test` tries a tenth of the full count, so
 * the suite answers within a minute while a change is being made; CI's fuzz stage (`npm run
 * test:fuzz`) sets FUZZ=full and tries every one: 10,000 links, files, case files and answer
 * codes of each kind, 2,000 random sessions.
 */
export function fuzzRuns(full: number): number {
  return process.env.FUZZ === 'full' ? full : Math.ceil(full / 10)
}
