// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATASET, PRESETS } from '@/data'
import { DATA_VERSION } from '@/data/version'
import { ROW_COLUMNS } from '@/model/rows'

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('keeps the quick start to the two documented commands', () => {
    expect(README).toContain('npm ci && npm run dev')
    expect(README).toMatch(/^npm test\b/m)
  })

  it('documents every CSV column in the data dictionary', () => {
    for (const col of ROW_COLUMNS) expect(README, col).toContain(`\`${col}\``)
  })

  it('credits every source the dataset cites, and names every preset', () => {
    for (const s of DATASET.sources) expect(README, s.id).toContain(`\`${s.id}\``)
    for (const p of PRESETS) expect(README, p.id).toContain(`\`${p.id}\``)
  })

  it('cites the current data version and points to the changelog of corrections', () => {
    const citing = README.slice(README.indexOf('## Citing'), README.indexOf('## Credits'))
    // Read as prose: line breaks and quote marks do not matter.
    expect(citing.replace(/\s+(?:>\s*)?/g, ' ')).toContain(`Data version ${DATA_VERSION}`)
    expect(citing).toContain('docs/data-changelog.md')
    expect(citing).toContain('CITATION.cff')
  })
})
