import { useMemo } from 'react'
import { encode } from 'uqr'
import { QR_ECC, QR_QUIET_ZONE } from './qr-limit'

/*
 * The QR code itself. This file and the QR library form a chunk of their own that loads only
 * when "Show QR" is pressed (see qr-dialog.tsx), so the first page load does not carry them.
 */

/** The dark modules of a code as one SVG path: each run of dark modules in a row, one rectangle. */
function pathOf(modules: readonly (readonly boolean[])[]): string {
  let d = ''
  modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      let run = 1
      while (row[x + run]) run++
      d += `M${x} ${y}h${run}v1h-${run}z`
      x += run
    }
  })
  return d
}

/**
 * `text` as a QR code: an SVG that scales to its box, dark on light whatever the display mode,
 * with the quiet zone drawn in. `label` says what it encodes, for those who cannot see it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: QR_ECC, boostEcc: true, border: QR_QUIET_ZONE })
    return { size: qr.size, path: pathOf(qr.data) }
  }, [text])
  return (
    <svg
      className="qr-svg"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect className="qr-light" width={size} height={size} />
      <path className="qr-dark" d={path} />
    </svg>
  )
}
