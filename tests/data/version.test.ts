// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATA_CHANGELOG } from '@/data/changelog'
import { DATA_VERSION, dataAge, parseDataVersion, UNVERSIONED } from '@/data/version'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

describe('the data version', () => {
  it('is the newest entry of the changelog, and every other entry is older', () => {
    expect(DATA_CHANGELOG[0]!.version).toBe(DATA_VERSION)
    const versions = DATA_CHANGELOG.map((r) => r.version)
    expect(new Set(versions).size).toBe(versions.length)
    for (const r of DATA_CHANGELOG.slice(1)) expect(dataAge(r.version), r.version).toBe('older')
    expect(versions.at(-1)).toBe(UNVERSIONED)
  })

  it('dates every release, newest first, and gives every change a reason', () => {
    const dates = DATA_CHANGELOG.map((r) => r.date)
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect([...dates].sort().reverse()).toEqual(dates)
    for (const r of DATA_CHANGELOG) {
      expect(r.changes.length, r.version).toBeGreaterThan(0)
      for (const c of r.changes) expect(c.why.length, c.what).toBeGreaterThan(20)
    }
  })

  it('compares versions as year and month, not as text', () => {
    expect(parseDataVersion('2026.12')).toEqual([2026, 12])
    expect(parseDataVersion('2026.13')).toBeNull()
    expect(dataAge('2026.9', '2026.12')).toBe('older')
    expect(dataAge('2027.1', '2026.12')).toBe('newer')
    expect(dataAge('2026.12', '2026.12')).toBe('current')
  })

  it('counts work with no version, or an unreadable one, as made on older data', () => {
    expect(dataAge(undefined)).toBe('older')
    expect(dataAge(null)).toBe('older')
    expect(dataAge('latest')).toBe('older')
  })
})

describe('docs/data-changelog.md', () => {
  const doc = read('docs/data-changelog.md')

  it('mentions every version, and every change with its reason and figures, of DATA_CHANGELOG', () => {
    const lines = doc.split('\n')
    for (const r of DATA_CHANGELOG) {
      expect(doc, r.version).toContain(`## ${r.version} (${r.date})`)
      for (const c of r.changes) {
        const line = lines.find((l) => l.includes(c.what))
        expect(line, c.what).toBeDefined()
        expect(line, c.what).toContain(c.why)
        if (c.figures) expect(line, c.what).toContain(`Figures: ${c.figures}`)
      }
    }
  })
})

describe('CITATION.cff', () => {
  const cff = read('CITATION.cff')

  it('names the same data version as the app', () => {
    expect(cff).toMatch(/^cff-version: '?1\.2\.0'?$/m)
    expect(/^version: '?([^'\n]+)'?$/m.exec(cff)?.[1]).toBe(DATA_VERSION)
    expect(/^title: '?([^'\n]+)'?$/m.exec(cff)?.[1]).toBe(
      `Alliance Counterfactual Explorer: data version ${DATA_VERSION}`,
    )
    expect(cff).toMatch(/^license: MIT$/m)
  })
})
