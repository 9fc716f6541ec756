// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvField, parseCsv, toCsv } from '@/lib/csv'

describe('csv', () => {
  it('quotes fields holding commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('China, Khmer Rouge')).toBe('"China, Khmer Rouge"')
    expect(csvField('say "no"')).toBe('"say ""no"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('plain')).toBe('plain')
    expect(csvField(1994)).toBe('1994')
  })

  it('neutralizes text a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+cmd', '-2', '@SUM(A1)']) expect(csvField(bad)).toBe(`'${bad}`)
    expect(csvField(-2)).toBe('-2')
  })

  it('writes a header and CRLF-terminated rows', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }])).toBe('a,b\r\n1,"x,y"\r\n')
  })

  it('parses back exactly what it wrote', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', ' ', 'é', 'Z') })
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (pairs) => {
        const safe = pairs.map(([a, b]) => ({ a: `x${a}`, b: `y${b}` }))
        const parsed = parseCsv(toCsv(['a', 'b'], safe))
        expect(parsed).toEqual([['a', 'b'], ...safe.map((r) => [r.a, r.b])])
      }),
    )
  })
})
