// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/*
 * Colours live in one place, the token file, so that projector mode (an override of the tokens)
 * reaches every chart and every export. A raw colour anywhere else in src would escape it.
 */
const SRC = fileURLToPath(new URL('../../src', import.meta.url))
const TOKENS = 'ui/tokens.css'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(tsx?|css)$/.test(entry.name) ? [path] : []
  })
}

const FILES = sources(SRC).map((path) => ({
  name: relative(SRC, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}))

/** Raw colours in a text: #rgb, #rgba, #rrggbb, #rrggbbaa, and rgb()/rgba()/hsl()/hsla() literals. */
function rawColours(text: string): string[] {
  // Citations of the Correlates of War treaty numbers ("COW #267") are not colours.
  const cleaned = text.replace(/COW #\d+/g, '')
  const hex = cleaned.match(/(?<![\w&#])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi)
  const functional = cleaned.match(/\b(?:rgba?|hsla?)\(\s*\d[^)]*\)/gi)
  return [...(hex ?? []), ...(functional ?? [])]
}

const TOKEN_TEXT = readFileSync(join(SRC, TOKENS), 'utf8')
/** Custom properties the code sets itself, on an element's style, rather than tokens. */
const SET_INLINE = new Set(['--years', '--lead', '--text-scale'])

describe('design tokens', () => {
  it('finds the colours it looks for, and passes ids, links and treaty numbers', () => {
    expect(rawColours('fill="#1b1f24" stroke="#FFF" color: #0072b2cc')).toEqual([
      '#1b1f24',
      '#FFF',
      '#0072b2cc',
    ])
    expect(rawColours('background: rgb(0, 0, 0); fill: rgba(0,0,0,0.5)')).toHaveLength(2)
    expect(
      rawColours("url(#pattern-history) href={`#${TABLE_ID}`} '#decade-x' COW #267 &#160;"),
    ).toEqual([])
  })

  it('keeps every raw colour in the token file', () => {
    expect(FILES.some((f) => f.name === TOKENS)).toBe(true)
    const offenders = FILES.filter((f) => f.name !== TOKENS).flatMap((f) =>
      rawColours(f.text).map((c) => `${f.name}: ${c}`),
    )
    expect(offenders).toEqual([])
  })

  it('defines every token the styles and charts use, and overrides some in projector mode', () => {
    const defined = new Set([...TOKEN_TEXT.matchAll(/^\s*(--[\w-]+)\s*:/gm)].map((m) => m[1]))
    const used = new Set(
      FILES.flatMap((f) => [...f.text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!)),
    )
    const missing = [...used].filter((name) => !defined.has(name) && !SET_INLINE.has(name))
    expect(missing).toEqual([])
    const projector = TOKEN_TEXT.slice(TOKEN_TEXT.indexOf(":root[data-display='projector']"))
    for (const token of ['--ink', '--chart-font', '--line-history', '--line-scenario']) {
      expect(projector, token).toMatch(new RegExp(`^\\s*${token}:`, 'm'))
    }
  })
})
