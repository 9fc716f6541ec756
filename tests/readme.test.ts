// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DATASET, PRESETS } from '@/data'
import { DATA_VERSION } from '@/data/version'
import { ROW_COLUMNS } from '@/model/rows'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const README = read('README.md')
const DOC_PAGES = readdirSync(join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`)
const PAGES = ['README.md', ...DOC_PAGES]
const DATA = read('docs/data.md')
const PACKAGE = JSON.parse(read('package.json')) as { scripts: Record<string, string> }

/** The text of a Markdown page outside its fenced code blocks. */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '')

/** Every link and image target in a page: `[text](target)`, `![alt](target)`, `<img src>`. */
function targets(text: string): string[] {
  const body = prose(text)
  const inline = [...body.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!)
  const html = [...body.matchAll(/<(?:img|a)\s[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
  return [...inline, ...html]
}

const isExternal = (target: string) => /^(?:https?:|mailto:)/.test(target)

/** GitHub's anchors for a page's headings (lower case, punctuation dropped, spaces to hyphens). */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const m of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = m[1]!
      .replace(/[`*_]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n ? `${base}-${n}` : base)
  }
  return out
}

/** A section of a page: from its `## heading` to the next heading of that level. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`no section "${heading}"`)
  const end = text.indexOf('\n## ', start + 1)
  return text.slice(start, end < 0 ? undefined : end)
}

describe('README', () => {
  it('is a front door: a few screens long', () => {
    expect(README.split('\n').length).toBeLessThanOrEqual(150)
  })

  it('keeps the quick start to the two documented commands', () => {
    expect(README).toContain('npm ci && npm run dev')
    expect(README).toMatch(/^npm test\b/m)
  })

  it('lists every npm script, and names no script that does not exist', () => {
    const table = section(README, 'Scripts')
    for (const name of Object.keys(PACKAGE.scripts)) {
      const call = name === 'test' ? 'npm test' : `npm run ${name}`
      const listed = new RegExp(`\`(?:${call}|npm run --silent ${name})(?![\\w:-])`)
      expect(listed.test(table), name).toBe(true)
    }
    for (const m of table.matchAll(/npm run (?:--silent )?([\w:-]+)/g))
      expect(Object.keys(PACKAGE.scripts), m[1]).toContain(m[1])
  })

  it('says which browser the browser scripts drive, and how to choose another', () => {
    const chromium = read('src/cli/chromium.ts')
    expect(chromium).toContain('process.env.CHROME_PATH')
    expect(chromium).toContain("'/usr/bin/chromium'")
    expect(README).toContain('`CHROME_PATH`')
    expect(README).toContain('`/usr/bin/chromium`')
  })

  it('shows pictures that exist in docs/, and links every docs page', () => {
    const images = [...prose(README).matchAll(/!\[[^\]]+\]\(([^)\s]+)\)/g)].map((m) => m[1]!)
    expect(images.length).toBeGreaterThan(0)
    const pictures = targets(README).filter((t) => /\.(?:png|jpe?g|svg|webp)$/i.test(t))
    for (const shot of ['desktop', 'phone', 'projector', 'export'])
      expect(pictures).toContain(`docs/screenshot-${shot}.png`)
    for (const picture of pictures) {
      expect(picture.startsWith('docs/'), picture).toBe(true)
      expect(existsSync(join(ROOT, picture)), picture).toBe(true)
    }
    const linked = targets(README).map((t) => t.split('#')[0])
    for (const page of DOC_PAGES) expect(linked, page).toContain(page)
  })
})

describe('README and docs/', () => {
  it.each(PAGES)(
    '%s: every relative link resolves to a file or heading in the repository',
    (page) => {
      const text = read(page)
      for (const target of targets(text)) {
        if (isExternal(target)) continue
        expect(target, `${page}: ${target}`).not.toMatch(/^(?:\/|[a-z]+:)/i)
        const [path, anchor] = target.split('#') as [string, string | undefined]
        const file = path ? resolve(ROOT, dirname(page), decodeURI(path)) : join(ROOT, page)
        const inside = relative(ROOT, file)
        expect(inside.startsWith('..') || inside.split(sep)[0] === 'node_modules', target).toBe(
          false,
        )
        expect(existsSync(file), `${page}: ${target}`).toBe(true)
        if (anchor && file.endsWith('.md'))
          expect([...anchors(readFileSync(file, 'utf8'))], `${page}: ${target}`).toContain(anchor)
      }
    },
  )

  it.each(PAGES)('%s: names only paths inside the repository, and those exist', (page) => {
    const text = read(page)
    for (const m of text.matchAll(/(?:\.\.\/)+[\w.-]*/g)) {
      const inside = relative(ROOT, resolve(ROOT, dirname(page), m[0]))
      expect(inside.startsWith('..'), `${page}: ${m[0]}`).toBe(false)
    }
    expect(text).not.toMatch(/(?:^|[\s(`'"/])shared\//m)
    expect(text).not.toMatch(/\/work\/|file:\/\//)
    // A path written as code (`src/model/limits.ts`, `tests/e2e/`) is one a reader can open.
    for (const m of text.matchAll(/`((?:src|tests|docs|public|\.ci)\/[\w./-]*)`/g)) {
      const path = join(ROOT, m[1]!)
      expect(existsSync(path), `${page}: ${m[1]}`).toBe(true)
      if (m[1]!.endsWith('/')) expect(statSync(path).isDirectory(), m[1]).toBe(true)
    }
  })
})

describe('docs/data.md', () => {
  it('documents every CSV column in the data dictionary', () => {
    const dictionary = section(DATA, 'Data dictionary')
    for (const col of ROW_COLUMNS) expect(dictionary, col).toContain(`\`${col}\``)
  })

  it('credits every source the dataset cites, and names every preset', () => {
    for (const s of DATASET.sources) expect(DATA, s.id).toContain(`\`${s.id}\``)
    for (const p of PRESETS) expect(DATA, p.id).toContain(`\`${p.id}\``)
  })

  it('cites the current data version and points to the changelog of corrections', () => {
    const citing = section(DATA, 'Citing')
    // Read as prose: line breaks and quote marks do not matter.
    expect(citing.replace(/\s+(?:>\s*)?/g, ' ')).toContain(`Data version ${DATA_VERSION}`)
    expect(citing).toContain('(data-changelog.md)')
    expect(citing).toContain('CITATION.cff')
  })
})

describe('docs/benchmarks.md', () => {
  it('says when and on what machine the figures were measured, for both benchmarks', () => {
    const bench = read('docs/benchmarks.md').replace(/\s+/g, ' ')
    expect(bench).toMatch(/Measured on \d{4}-\d{2}-\d{2}/)
    expect(bench).toMatch(/\d+ cores?, \d+ GiB, Node \d+\.\d+/)
    expect(bench).toContain('`npm run bench`')
    expect(bench).toContain('`npm run bench:ui`')
  })
})
