import { activeLanguage, translator } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import { useLanguage } from '@/i18n/react'
import { chartDefsWords } from './chart-defs.en'

/**
 * Fills shared by the timeline and its legend. Colours are design tokens (src/ui/tokens.css, the
 * Okabe–Ito colour-blind-safe palette), so projector mode reaches them; each series also has its
 * own texture, so none is told apart by colour alone.
 */
export function ChartDefs() {
  return (
    <defs>
      <pattern id="pattern-history" width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" style={{ fill: 'var(--history)' }} />
      </pattern>
      <pattern id="pattern-baseline" width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" style={{ fill: 'var(--baseline)' }} />
        <rect y="3" width="4" height="1" style={{ fill: 'var(--paper)', opacity: 0.55 }} />
      </pattern>
      <pattern
        id="pattern-scenario"
        width="5"
        height="5"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="5" height="5" style={{ fill: 'var(--scenario)' }} />
        <rect width="2" height="5" style={{ fill: 'var(--scenario-stripe)' }} />
      </pattern>
      <pattern
        id="pattern-off-history"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect
          width="6"
          height="6"
          style={{ fill: 'var(--off-history)', opacity: 'var(--off-history-fill)' }}
        />
        <rect
          width="1.5"
          height="6"
          style={{ fill: 'var(--off-history)', opacity: 'var(--off-history-stripe)' }}
        />
      </pattern>
      <pattern
        id="pattern-not-covered"
        width="4"
        height="4"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width="4" height="4" style={{ fill: 'var(--paper)' }} />
        <rect width="1" height="4" style={{ fill: 'var(--not-covered)' }} />
      </pattern>
      {/* Years one of the pair's states did not exist: pale grey with sparse cross-hatching, unlike
          any band, so they never read as "no alliance". */}
      <pattern id="pattern-absent" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" style={{ fill: 'var(--track)' }} />
        <path
          d="M0 8 L8 0 M0 0 L8 8"
          style={{ stroke: 'var(--muted)', strokeWidth: 0.75, opacity: 0.6 }}
        />
      </pattern>
    </defs>
  )
}

export interface LegendItem {
  readonly key: string
  readonly label: string
  /** A band fill, or a marker drawn as a triangle. */
  readonly fill: string | 'marker'
}

/** What the chart draws, so that the legend names only that. */
export interface LegendParts {
  /** Some row draws the model on the scenario and marks where it leaves the baseline. */
  readonly scenario: boolean
  /** The model's departures from history are shaded (not at rest). */
  readonly offHistory: boolean
  /** The chosen history series leaves some years out (COW after 2012, ATOP after 2018). */
  readonly notCovered: boolean
  /** A shown pair has years in which one of its states did not exist (Yugoslavia after 1992). */
  readonly absent?: boolean
}

/** At rest: history and the model only. */
export const AT_REST: LegendParts = { scenario: false, offHistory: false, notCovered: false }

export function legendItems(
  { scenario, offHistory, notCovered, absent }: LegendParts,
  language: Language = activeLanguage(),
): LegendItem[] {
  const t = translator(chartDefsWords, language)
  // With the scenario's band the labels are shorter, so that the five fit one line on a laptop.
  const items: LegendItem[] = [
    {
      key: 'history',
      label: t(scenario ? 'history.short' : 'history'),
      fill: 'url(#pattern-history)',
    },
    {
      key: 'baseline',
      label: t(scenario ? 'baseline.short' : 'baseline'),
      fill: 'url(#pattern-baseline)',
    },
  ]
  if (scenario) {
    items.push({ key: 'scenario', label: t('scenario'), fill: 'url(#pattern-scenario)' })
  }
  if (offHistory) {
    items.push({
      key: 'off-history',
      label: t(scenario ? 'off-history.short' : 'off-history'),
      fill: 'url(#pattern-off-history)',
    })
  }
  if (scenario) {
    items.push({ key: 'off-baseline', label: t('off-baseline'), fill: 'marker' })
  }
  // Shown only when the chosen history series leaves some years out (COW after 2012, ATOP after
  // 2018), and when a shown pair has years in which one of its states did not exist.
  if (notCovered)
    items.push({ key: 'not-covered', label: t('not-covered'), fill: 'url(#pattern-not-covered)' })
  if (absent) items.push({ key: 'absent', label: t('absent'), fill: 'url(#pattern-absent)' })
  return items
}

/** Roughly how wide a character of the legend is, and how tall a line, at 12 px type. */
const CHAR = 6.6
const ROW = 18
/** A character as wide as it is tall (Chinese), at 12 px type. */
const WIDE_CHAR = 12
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/** Roughly how wide a legend label is drawn at 12 px type. */
export function legendTextWidth(label: string): number {
  let w = 0
  for (const c of label) w += WIDE.test(c) ? WIDE_CHAR : CHAR
  return w
}
export const LEGEND_FONT = 12

/**
 * Places legend items left to right, wrapping to a new line when the next does not fit. `fontPx`
 * is the chart's type size (the --chart-font token, larger in projector mode).
 */
export function layoutLegend(
  width: number,
  parts: LegendParts = AT_REST,
  fontPx = LEGEND_FONT,
  language: Language = activeLanguage(),
): {
  items: { item: LegendItem; x: number; y: number }[]
  height: number
} {
  const scale = fontPx / LEGEND_FONT
  const row = ROW * scale
  let x = 0
  let y = 0
  const items = legendItems(parts, language).map((item) => {
    const w = 24 + legendTextWidth(item.label) * scale + 16
    if (x > 0 && x + w > width) {
      x = 0
      y += row
    }
    const placed = { item, x, y }
    x += w
    return placed
  })
  return { items, height: y + row }
}

/** The legend as SVG, so that it travels with an exported chart. */
export function Legend({
  width,
  parts,
  fontPx = LEGEND_FONT,
}: {
  width: number
  parts: LegendParts
  fontPx?: number
}) {
  const { items } = layoutLegend(width, parts, fontPx, useLanguage())
  return (
    <>
      {items.map(({ item, x, y }) => (
        <g
          key={item.key}
          transform={`translate(${x} ${y})`}
          className={item.fill === 'marker' ? 'off-baseline' : undefined}
        >
          {item.fill === 'marker' ? (
            <path d="M3 14 l6 -9 l6 9 z" />
          ) : (
            <rect width="18" height="10" y="3" className="legend-swatch" fill={item.fill} />
          )}
          <text x="24" y="12">
            {item.label}
          </text>
        </g>
      ))}
    </>
  )
}
