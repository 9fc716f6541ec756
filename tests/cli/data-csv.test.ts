// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { COMPILED } from '@/data'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/csv'

/** Runs the real command, as a researcher would, through tsx. */
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/data-csv.ts', ...args], {
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('npm run data:csv', () => {
  it('prints a header and one row per dyad-year', () => {
    const { code, stdout } = run()
    expect(code).toBe(0)
    const rows = parseCsv(stdout)
    expect(rows[0]!.slice(0, 3)).toEqual(['dyad', 'year', 'state_a'])
    // Every pair of the library, less the Yugoslav pairs' years after 1992 (not dyad-years).
    const dyadYears = COMPILED.dyads.reduce(
      (n, d) => n + (d.exists ? d.exists.reduce((a, v) => a + v, 0) : COMPILED.yearCount),
      0,
    )
    expect(COMPILED.dyads.length).toBeGreaterThanOrEqual(25)
    expect(rows).toHaveLength(1 + dyadYears)
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true)
  }, 30_000)

  it('prints one body of cases with --cases, with sources on every row', () => {
    const [header, ...rows] = parseCsv(run('--cases', 'out-of-sample').stdout)
    const col = (name: string) => header!.indexOf(name)
    const pairs = new Set(rows.map((r) => r[col('dyad')]))
    expect(pairs).toContain('YUG-GRC')
    expect(pairs).not.toContain('VNM-RUS')
    expect(pairs.size).toBe(14)
    expect(rows.every((r) => r[col('case_set')] === 'out-of-sample')).toBe(true)
    expect(rows.every((r) => /^\S+( \S+)*$/.test(r[col('sources')]!))).toBe(true)
    expect(rows.some((r) => r[col('dyad')] === 'YUG-GRC' && Number(r[col('year')]) > 1992)).toBe(
      false,
    )
    const essay = parseCsv(run('--cases', 'essay').stdout)
    expect(essay).toHaveLength(1 + 11 * 78)
  }, 30_000)

  it('applies a preset and settings from the options', () => {
    const { stdout } = run('--preset', 'russia-stays-communist', '--history', 'treaty_any')
    const [header, ...rows] = parseCsv(stdout)
    const col = (name: string) => header!.indexOf(name)
    const r1993 = rows.find((r) => r[col('dyad')] === 'VNM-RUS' && r[col('year')] === '1993')!
    expect(r1993[col('ideology_b')]).toBe('communist')
    expect(r1993[col('predicted')]).toBe('1')
    expect(r1993[col('outcome')]).toBe('hit') // the 1978 treaty was still in force in 1993
  }, 30_000)

  it('exits non-zero with one line naming the valid values on a bad option', () => {
    const { code, stdout, stderr } = run('--ideology', 'fuzzy')
    expect(code).not.toBe(0)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toEqual([
      'data:csv: --ideology must be one of strict, lenient (got "fuzzy")',
    ])
  }, 30_000)
})
