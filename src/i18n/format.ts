/**
 * A small formatter for the subset of ICU MessageFormat the catalogues use, on the browser's own
 * `Intl` (no library in the first load):
 *
 *   {name}                          a value; a number is written in the language's digits and
 *                                   separators, a list of strings as the language's list
 *                                   ("A, B and C", "A, B và C", "A、B和C")
 *   {name, number}                  a number; {name, number, percent} a fraction as a percentage;
 *                                   {name, number, integer} rounded
 *   {name, plural, =0 {…} one {…} other {…}}   the language's plural rules; # is the number
 *   {name, select, a {…} other {…}}            a choice on a string value
 *
 * Unlike full ICU, an apostrophe is plain text (English messages have many and need no quoting),
 * so a literal brace cannot be written; no message needs one. Rich text uses tags, <b>…</b>,
 * which this formatter leaves as they are (see `./rich`).
 */

export type ParamValue = string | number | readonly string[]
export type Params = Readonly<Record<string, ParamValue>>

type Part =
  | string
  | { readonly kind: 'arg'; readonly name: string; readonly style?: string }
  | { readonly kind: 'pound' }
  | {
      readonly kind: 'plural' | 'select'
      readonly name: string
      readonly options: Readonly<Record<string, readonly Part[]>>
    }

/** A message that cannot be read: names the message and the place. */
export class MessageSyntaxError extends Error {}

function parse(pattern: string): Part[] {
  let i = 0
  const fail = (what: string): never => {
    throw new MessageSyntaxError(`${what} at character ${i} of "${pattern}"`)
  }
  const space = () => {
    while (i < pattern.length && /\s/.test(pattern[i]!)) i++
  }
  const word = () => {
    space()
    const start = i
    while (i < pattern.length && /[^\s,{}]/.test(pattern[i]!)) i++
    if (i === start) fail('A name is missing')
    return pattern.slice(start, i)
  }
  const parts = (inPlural: boolean, nested: boolean): Part[] => {
    const out: Part[] = []
    let text = ''
    while (i < pattern.length) {
      const c = pattern[i]!
      if (c === '}') {
        if (!nested) fail('An unmatched "}"')
        break
      }
      if (c === '#' && inPlural) {
        if (text) out.push(text)
        text = ''
        out.push({ kind: 'pound' })
        i++
        continue
      }
      if (c !== '{') {
        text += c
        i++
        continue
      }
      if (text) out.push(text)
      text = ''
      i++
      const name = word()
      space()
      if (pattern[i] === '}') {
        i++
        out.push({ kind: 'arg', name })
        continue
      }
      if (pattern[i] !== ',') fail('Expected "," or "}"')
      i++
      const type = word()
      space()
      if (type === 'number') {
        let style: string | undefined
        if (pattern[i] === ',') {
          i++
          style = word()
          space()
        }
        if (pattern[i] !== '}') fail('Expected "}"')
        i++
        out.push(style ? { kind: 'arg', name, style } : { kind: 'arg', name, style: 'number' })
        continue
      }
      if (type !== 'plural' && type !== 'select') fail(`Unknown type "${type}"`)
      if (pattern[i] !== ',') fail('Expected ","')
      i++
      const options: Record<string, Part[]> = {}
      for (;;) {
        space()
        if (pattern[i] === '}') {
          i++
          break
        }
        const key = word()
        space()
        if (pattern[i] !== '{') fail(`Expected "{" after "${key}"`)
        i++
        options[key] = parts(type === 'plural', true)
        if (pattern[i] !== '}') fail('Expected "}"')
        i++
      }
      if (!options.other) fail(`"${name}" has no "other" case`)
      out.push({ kind: type as 'plural' | 'select', name, options })
    }
    if (text) out.push(text)
    return out
  }
  const result = parts(false, false)
  if (i < pattern.length) fail('An unmatched "}"')
  return result
}

const parsed = new Map<string, Part[]>()
function parsedOf(pattern: string): Part[] {
  let p = parsed.get(pattern)
  if (!p) {
    p = parse(pattern)
    parsed.set(pattern, p)
  }
  return p
}

const intl = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>()
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let v = intl.get(key) as T | undefined
  if (!v) {
    v = make()
    intl.set(key, v)
  }
  return v
}

/** How a number is written: as a share (0.25 → 25%), with how many decimals, grouped or not. */
export interface NumberStyle {
  readonly percent?: boolean
  readonly minDigits?: number
  readonly maxDigits: number
  readonly grouping?: boolean
}

const STYLES: Readonly<Record<string, NumberStyle>> = {
  number: { maxDigits: 2 },
  integer: { maxDigits: 0 },
  percent: { percent: true, maxDigits: 0 },
}

/**
 * English digits without `Intl`, where they are sure to be what `Intl` writes. The first
 * `Intl.NumberFormat` a page makes sets up the browser's number data: 50–70 ms on a school laptop,
 * inside the first render. English, the first load's language, writes plain numbers without it.
 * Anything this cannot be sure of (a negative number, a huge one, a value within a hair of a
 * rounding tie, where the binary value decides) is left to `Intl`: `null`. A property test holds
 * it to `Intl`'s output.
 */
export function englishNumber(n: number, style: NumberStyle): string | null {
  const { percent = false, minDigits = 0, maxDigits, grouping = true } = style
  if (!Number.isFinite(n) || n < 0 || Object.is(n, -0)) return null
  const unit = 10 ** maxDigits
  const scaled = (percent ? n * 100 : n) * unit
  if (scaled >= 1e9) return null
  const fraction = scaled - Math.floor(scaled)
  if (Math.abs(fraction - 0.5) < 1e-6) return null
  const rounded = Math.round(scaled)
  const whole = String(Math.floor(rounded / unit))
  let decimals = String(rounded % unit).padStart(maxDigits, '0')
  while (decimals.length > minDigits && decimals.endsWith('0')) decimals = decimals.slice(0, -1)
  const digits = grouping ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole
  return `${digits}${decimals ? `.${decimals}` : ''}${percent ? '%' : ''}`
}

/** The language's way of writing a number in a style. */
export function formatDecimal(locale: string, n: number, style: NumberStyle): string {
  if (locale === 'en') {
    const quick = englishNumber(n, style)
    if (quick !== null) return quick
  }
  const { percent = false, minDigits = 0, maxDigits, grouping = true } = style
  return cached(`n:${locale}:${+percent}:${minDigits}:${maxDigits}:${+grouping}`, () =>
    percent
      ? new Intl.NumberFormat(locale, {
          style: 'percent',
          minimumFractionDigits: minDigits,
          maximumFractionDigits: maxDigits,
          useGrouping: grouping,
        })
      : new Intl.NumberFormat(locale, {
          minimumFractionDigits: minDigits,
          maximumFractionDigits: maxDigits,
          useGrouping: grouping,
        }),
  ).format(n)
}

/** The language's way of writing a number, e.g. 1,234.5 / 1.234,5 / 1,234.5. */
export const formatNumber = (locale: string, n: number, style = 'number'): string =>
  formatDecimal(locale, n, STYLES[style] ?? STYLES.number!)

/** "A", "A and B", "A, B, and C": English lists as `Intl.ListFormat` writes them. */
function englishList(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? ''
  if (items.length === 2) return `${items[0]} and ${items[1]}`
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`
}

/** The language's list, e.g. "A, B and C". */
export const formatList = (locale: string, items: readonly string[]): string =>
  locale === 'en'
    ? englishList(items)
    : cached(`l:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(
        items,
      )

/** English whole numbers are "one" only at 1 (and -1); anything else asks `Intl.PluralRules`. */
const pluralOf = (locale: string, n: number) =>
  locale === 'en' && Number.isInteger(n)
    ? Math.abs(n) === 1
      ? 'one'
      : 'other'
    : cached(`p:${locale}`, () => new Intl.PluralRules(locale)).select(n)

function valueText(locale: string, value: ParamValue | undefined, style?: string): string {
  if (value === undefined) return ''
  if (typeof value === 'number') return formatNumber(locale, value, style)
  if (typeof value === 'string') return value
  return formatList(locale, value)
}

/** A case's parts by its key, if the message has that case (never one of Object's properties). */
const option = (options: Readonly<Record<string, readonly Part[]>>, key: string) =>
  Object.hasOwn(options, key) ? options[key] : undefined

function write(locale: string, parts: readonly Part[], params: Params, n?: number): string {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'string') out += p
    else if (p.kind === 'pound') out += n === undefined ? '#' : formatNumber(locale, n)
    else if (p.kind === 'arg') out += valueText(locale, params[p.name], p.style)
    else if (p.kind === 'plural') {
      const count = Number(params[p.name] ?? 0)
      const body =
        option(p.options, `=${count}`) ??
        option(p.options, pluralOf(locale, count)) ??
        p.options.other!
      out += write(locale, body, params, count)
    } else {
      const body = option(p.options, String(params[p.name])) ?? p.options.other!
      out += write(locale, body, params, n)
    }
  }
  return out
}

/** The message with its values filled in, in the language's conventions. */
export function formatMessage(pattern: string, params: Params = {}, locale = 'en'): string {
  if (!pattern.includes('{')) return pattern
  return write(locale, parsedOf(pattern), params)
}

/**
 * What a message needs from its caller: each value's name with how it is used ("n:plural",
 * "name", "share:number:percent") and each rich-text tag ("<b>"). A translation must need the
 * same set as its English message (tests/i18n/catalogues.test.ts).
 */
export function placeholdersOf(pattern: string): string[] {
  const found = new Set<string>()
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (typeof p === 'string') {
        for (const m of p.matchAll(/<\/?([a-z][a-z0-9]*)\s*\/?>/g)) found.add(`<${m[1]}>`)
      } else if (p.kind === 'arg') found.add(p.style ? `${p.name}:${p.style}` : p.name)
      else if (p.kind === 'plural' || p.kind === 'select') {
        found.add(`${p.name}:${p.kind}`)
        for (const body of Object.values(p.options)) walk(body)
      }
    }
  }
  walk(parse(pattern))
  return [...found].sort()
}
