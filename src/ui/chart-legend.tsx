import type { LegendPayload } from 'recharts'

/**
 * A recharts legend drawn by us: each entry's mark is decorative (hidden from screen readers) and
 * its words are the series' name. Recharts' own legend names every mark "<name> legend icon", in
 * English whatever the page's language.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="chart-legend">
      {payload?.map((entry) => (
        <li key={String(entry.value)}>
          <svg width="16" height="10" aria-hidden="true" focusable="false">
            {entry.type === 'rect' || entry.type === 'square' ? (
              <rect width="16" height="10" fill={entry.color} />
            ) : (
              <line x1="0" y1="5" x2="16" y2="5" stroke={entry.color} strokeWidth="3" />
            )}
          </svg>{' '}
          {entry.value}
        </li>
      ))}
    </ul>
  )
}
