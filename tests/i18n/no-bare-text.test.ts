// @vitest-environment node
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/*
 * Every word a component shows comes from a catalogue: no English text written straight into JSX
 * or into an attribute a user reads or hears. Symbols, numbers and punctuation may stay.
 */

const files = Object.keys(
  import.meta.glob(['/src/features/**/*.tsx', '/src/app/**/*.tsx', '/src/ui/**/*.tsx']),
)
const SPOKEN = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-roledescription',
  'aria-valuetext',
  'label',
])
const hasWords = (s: string) => /[A-Za-z]{2,}/.test(s)

function bareText(file: string): string[] {
  const path = `${process.cwd()}${file}`
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  )
  const found: string[] = []
  const where = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) {
      found.push(`${where(node)}: ${node.text.trim().slice(0, 60)}`)
    } else if (
      ts.isJsxAttribute(node) &&
      SPOKEN.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      hasWords(node.initializer.text)
    ) {
      found.push(
        `${where(node)}: ${node.name.getText(source)}="${node.initializer.text.slice(0, 60)}"`,
      )
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('text in components', () => {
  it.each(files)('%s takes its words from a catalogue', (file) => {
    expect(bareText(file)).toEqual([])
  })
})
