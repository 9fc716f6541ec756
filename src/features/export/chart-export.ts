import { activeLanguage, text as message, type KeyOf } from '@/i18n/catalogue'
import type { ExportText } from './caption'
import { chartExportWords } from './chart-export.en'
import { CHART_WIDTH, EXPORT_PAD as PAD, EXPORT_WIDTH, MIN_FONT } from './sizes'

export { CHART_WIDTH, EXPORT_WIDTH, MIN_FONT } from './sizes'

/*
 * Chart images for slides and worksheets, made in the browser with no library: the chart's own
 * SVG is cloned, its computed styles written onto each element (so the file needs no stylesheet),
 * and framed with a title, the reading, the scenario in plain words and a credit line naming the
 * data version (also in the SVG's <desc>). The PNG is
 * that SVG drawn on a canvas at twice the size or more, at least 1600 pixels wide.
 *
 * Sizing for the room (see ./sizes): the file is always EXPORT_WIDTH units wide and the chart is
 * drawn to CHART_WIDTH, the canvas less its margins; the export buttons render the chart afresh at
 * that width, so it fills it. No text in the file, chart or frame, is below MIN_FONT.
 */

const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * The fonts of an exported picture's text: Latin with Vietnamese diacritics first, then Chinese,
 * so a chart exported in any of the interface's languages draws every character on the machines
 * a school has (Linux, Windows, macOS) without embedding a font.
 */
export const EXPORT_FONT_FAMILY =
  "'Noto Sans', 'Liberation Sans', Arial, 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const

export interface LegendEntry {
  readonly label: string
  readonly stroke: string
  readonly dash?: string
}

export interface ExportRequest {
  readonly svg: SVGSVGElement
  readonly title: string
  readonly text: ExportText
  /** For charts whose legend is HTML (recharts): drawn into the file. */
  readonly legend?: readonly LegendEntry[]
}

/** Average advance of a character per pixel of font size, for wrapping (Liberation Sans). */
const CHAR_EM = 0.53
const BOLD_EM = 0.6

/** Chinese characters and full-width punctuation (and Hangul, kana): about one em wide each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/
const WIDE_ALL = new RegExp(WIDE.source, 'g')
/** Full-width punctuation a line may not start with, and the openers it may not end with. */
const NO_BREAK_BEFORE = /[，。、；：！？）》」』”’〉】…·]/
const NO_BREAK_AFTER = /[（《「『“‘〈【]/

/** How many average Latin characters `text` is as wide as: a wide character counts nearly two. */
export const textUnits = (text: string): number =>
  text.length + (0.95 / CHAR_EM - 1) * (text.match(WIDE_ALL)?.length ?? 0)

/** A word split where a line may break inside it: before a Chinese character, as Chinese does. */
function breakable(word: string): string[] {
  if (!WIDE.test(word)) return [word]
  const pieces: string[] = []
  let piece = ''
  for (const c of word) {
    const last = piece.at(-1) ?? ''
    if (piece && WIDE.test(c) && !NO_BREAK_BEFORE.test(c) && !NO_BREAK_AFTER.test(last)) {
      pieces.push(piece)
      piece = c
    } else piece += c
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * Splits text into lines of at most `chars` characters' width, at spaces, and in Chinese text
 * between characters (which has no spaces to break at).
 */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    breakable(word).forEach((piece, i) => {
      // The first piece of a word follows a space; the rest follow on without one.
      const joined = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece
      if (line && textUnits(joined) > chars) {
        lines.push(line)
        line = piece
      } else line = joined
    })
  }
  if (line) lines.push(line)
  return lines
}

function size(svg: SVGSVGElement) {
  const w = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width || 800
  const h = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height || 400
  return { w, h }
}

/** Copies computed presentation styles onto the clone, element by element. */
function inlineStyles(source: Element, clone: Element) {
  const view = source.ownerDocument.defaultView
  if (!view) return
  const style = view.getComputedStyle(source)
  for (const prop of STYLE_PROPS) {
    const v = style.getPropertyValue(prop)
    if (v && !clone.getAttribute(prop)) clone.setAttribute(prop, v)
  }
  const a = source.children
  const b = clone.children
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!)
}

/*
 * Design tokens in a standalone file: the charts take colours and widths from CSS custom properties
 * (src/ui/tokens.css), which a file opened on its own cannot resolve. Every `var(--…)` in an
 * attribute or inline style of the clone becomes the value the page shows now, so an export made
 * in projector mode comes out in projector style.
 */
const TOKEN = /var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g

/** A value with each token reference (`var(…)`) replaced by its current value on the page's root. */
export function resolveTokens(value: string, doc: Document = document): string {
  if (!value.includes('var(')) return value
  const root = doc.defaultView?.getComputedStyle(doc.documentElement)
  return value.replace(TOKEN, (_, name: string, fallback?: string) => {
    const v = root?.getPropertyValue(name).trim()
    return v || fallback?.trim() || ''
  })
}

/** Writes the computed value over every attribute or inline style that names a token. */
function resolveTokenStyles(source: Element, clone: Element) {
  const view = source.ownerDocument.defaultView
  if (!view) return
  const computed = view.getComputedStyle(source)
  // The browser's computed value, or else the token looked up on the root.
  const settled = (value: string, raw: string) =>
    value && !value.includes('var(') ? value : resolveTokens(raw, source.ownerDocument)
  for (const attr of Array.from(clone.attributes)) {
    if (attr.name === 'style' || !attr.value.includes('var(')) continue
    clone.setAttribute(attr.name, settled(computed.getPropertyValue(attr.name), attr.value))
  }
  const style = (clone as SVGElement).style as CSSStyleDeclaration | undefined
  if (style) {
    for (const prop of Array.from(style)) {
      if (!style.getPropertyValue(prop).includes('var(')) continue
      style.setProperty(
        prop,
        settled(computed.getPropertyValue(prop), style.getPropertyValue(prop)),
      )
    }
  }
  const a = source.children
  const b = clone.children
  for (let i = 0; i < a.length && i < b.length; i++) resolveTokenStyles(a[i]!, b[i]!)
}

/** The page's ink, muted ink and paper now, for the frame around an exported chart. */
function frameColours(doc: Document) {
  return {
    ink: resolveTokens('var(--ink, black)', doc),
    muted: resolveTokens('var(--muted, dimgray)', doc),
    paper: resolveTokens('var(--paper, white)', doc),
  }
}

function el(doc: Document, name: string, attrs: Record<string, string | number>, text?: string) {
  const e = doc.createElementNS(SVG_NS, name)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v))
  if (text !== undefined) e.textContent = text
  return e
}

/** The framed, self-contained SVG document for a chart. */
export function buildExportSvg({ svg, title, text, legend }: ExportRequest): string {
  const doc = svg.ownerDocument
  const { w, h: h0 } = size(svg)
  const width = EXPORT_WIDTH
  // A chart drawn at another width is scaled to fit (its text then scales with it).
  const h = Math.round((h0 * CHART_WIDTH) / w)
  const chars = (px: number, bold = false) =>
    Math.floor(CHART_WIDTH / (px * (bold ? BOLD_EM : CHAR_EM)))
  const clone = svg.cloneNode(true) as SVGSVGElement
  inlineStyles(svg, clone)
  resolveTokenStyles(svg, clone)
  const colours = frameColours(doc)
  // Interactive marks (the focused year and row) do not belong in a picture.
  clone.querySelectorAll('.focus-year').forEach((n) => n.remove())
  clone.querySelectorAll('.row-hit').forEach((n) => {
    n.setAttribute('fill', 'none')
    n.setAttribute('stroke', 'none')
  })
  clone.removeAttribute('class')
  clone.removeAttribute('role')
  clone.setAttribute('x', String(PAD))
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${w} ${h0}`)
  clone.setAttribute('width', String(CHART_WIDTH))
  clone.setAttribute('height', String(h))

  const t = (key: KeyOf<typeof chartExportWords>, n?: number) =>
    message(chartExportWords, key, n === undefined ? undefined : { n })
  // The language names the script's glyphs for the fonts (Chinese characters differ by region).
  const out = el(doc, 'svg', {
    'font-family': EXPORT_FONT_FAMILY,
    'font-size': 12,
    lang: activeLanguage(),
  })
  let y = PAD
  const header: SVGElement[] = []
  const addLines = (items: string[], sizePx: number, weight = 'normal', color = colours.ink) => {
    for (const t of items) {
      y += sizePx * 1.35
      header.push(
        el(doc, 'text', { x: PAD, y, 'font-size': sizePx, 'font-weight': weight, fill: color }, t),
      )
    }
  }
  addLines(wrapText(title, chars(20, true)), 20, 'bold')
  addLines(wrapText(text.subtitle, chars(13)), 13, 'normal', colours.muted)
  y += 10
  clone.setAttribute('y', String(y))
  y += h
  if (legend && legend.length > 0) {
    y += 18
    let x = PAD
    for (const entry of legend) {
      const w = 48 + textUnits(entry.label) * 12 * CHAR_EM * 1.15
      // An entry that would run past the margin starts a new line.
      if (x > PAD && x + w > width - PAD) {
        x = PAD
        y += 20
      }
      header.push(
        el(doc, 'line', {
          x1: x,
          x2: x + 28,
          y1: y - 4,
          y2: y - 4,
          stroke: resolveTokens(entry.stroke, doc),
          'stroke-width': 3,
          ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
        }),
      )
      header.push(
        el(doc, 'text', { x: x + 34, y, 'font-size': 12, fill: colours.ink }, entry.label),
      )
      x += w
    }
  }
  y += 8
  const caption = [
    ...text.changes.slice(0, 8),
    ...(text.changes.length > 8 ? [t('more-changes', text.changes.length - 8)] : []),
  ]
  addLines(
    caption.flatMap((c) => wrapText(c, chars(13, true))),
    13,
    'bold',
  )
  if (text.log.length > 0) {
    addLines([t('steps')], 12, 'bold', colours.muted)
    const log = [
      ...text.log.slice(-10),
      ...(text.log.length > 10 ? [t('earlier-steps', text.log.length - 10)] : []),
    ]
    addLines(
      log.flatMap((l) => wrapText(l, chars(12))),
      12,
      'normal',
      colours.muted,
    )
  }
  y += 4
  addLines(wrapText(text.credit, chars(MIN_FONT)), MIN_FONT, 'normal', colours.muted)
  const height = Math.ceil(y + PAD)

  out.setAttribute('width', String(width))
  out.setAttribute('height', String(height))
  out.setAttribute('viewBox', `0 0 ${width} ${height}`)
  out.append(el(doc, 'rect', { width: '100%', height: '100%', fill: colours.paper }))
  out.append(el(doc, 'title', {}, title))
  out.append(
    el(
      doc,
      'desc',
      {},
      message(chartExportWords, 'desc', { subtitle: text.subtitle, version: text.dataVersion }),
    ),
  )
  for (const node of header) out.append(node)
  out.append(clone)
  let xml = new XMLSerializer().serializeToString(out)
  // Serializers differ on whether they write the namespace of an element made with createElementNS.
  if (!/^<svg[^>]*\sxmlns="/.test(xml)) xml = xml.replace('<svg', `<svg xmlns="${SVG_NS}"`)
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml
}

/**
 * How long drawing the picture may take before the export gives up with a message, rather than
 * leave the button busy for good (a browser may never answer; a Chromebook takes a second or two).
 */
const PNG_TIMEOUT_MS = 30_000

/** `promise`, or a rejection saying `what` took too long once it has taken longer than `ms`. */
function within<T>(
  promise: Promise<T>,
  what: 'timeout.read' | 'timeout.png',
  ms = PNG_TIMEOUT_MS,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(message(chartExportWords, what, { s: Math.round(ms / 1000) }))),
      ms,
    )
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

/**
 * Loads `src` into an image, waiting for the browser's load event rather than `decode()`, whose
 * promise is not known to settle in every browser for an SVG drawn from a blob.
 */
function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error(message(chartExportWords, 'error.read')))
    img.src = src
  })
}

/** Draws an SVG document onto a canvas and returns it as a PNG at least 1600 pixels wide. */
export async function svgToPng(svgText: string, ms = PNG_TIMEOUT_MS): Promise<Blob> {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svgText)?.[1] ?? 800)
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svgText)?.[1] ?? 400)
  const scale = Math.max(2, 1600 / width)
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const img = await within(loadImage(url), 'timeout.read', ms)
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error(message(chartExportWords, 'error.canvas'))
    ctx.fillStyle = 'white'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.scale(scale, scale)
    ctx.drawImage(img, 0, 0, width, height)
    return await within(
      new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (b) => (b ? resolve(b) : reject(new Error(message(chartExportWords, 'error.png')))),
          'image/png',
        ),
      ),
      'timeout.png',
      ms,
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
