// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATASET, PRESETS } from '@/data'
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
})
