import { useId, useState, type RefObject } from 'react'
import { downloadBlob } from '@/lib/download'
import { useExplorerStore } from '@/store/explorer-store'
import { DownloadHelp, useFramed } from '@/ui/download-help'
import { exportFileName, exportText } from './caption'
import type { LegendEntry } from './chart-export'
import './export.css'

interface Props {
  /** The element holding the chart's SVG. */
  readonly target: RefObject<HTMLElement | null>
  /** Which SVG inside it is the chart (recharts also draws small SVGs in its legend). */
  readonly selector: string
  /** Short name for file names: "timeline", "agreement". */
  readonly chart: string
  readonly title: string
  readonly legend?: readonly LegendEntry[]
}

/** "Download chart (PNG)" and "Download chart (SVG)"; the export code loads only when used. */
export function ExportButtons({ target, selector, chart, title, legend }: Props) {
  const [busy, setBusy] = useState(false)
  const notify = useExplorerStore((s) => s.notify)
  const helpId = useId()
  const describedBy = useFramed() ? helpId : undefined

  const run = async (format: 'png' | 'svg') => {
    const svg = target.current?.querySelector<SVGSVGElement>(selector)
    if (!svg) return
    setBusy(true)
    try {
      const { buildExportSvg, svgToPng } = await import('./chart-export')
      const state = useExplorerStore.getState()
      const text = buildExportSvg({ svg, title, text: exportText(state), legend })
      const blob =
        format === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text)
      downloadBlob(blob, exportFileName(state, chart, format))
    } catch (e) {
      notify({ kind: 'error', text: `The chart could not be exported: ${(e as Error).message}.` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="export-buttons">
      <button
        type="button"
        disabled={busy}
        aria-describedby={describedBy}
        onClick={() => void run('png')}
      >
        Download chart (PNG)
      </button>
      <button
        type="button"
        disabled={busy}
        aria-describedby={describedBy}
        onClick={() => void run('svg')}
      >
        Download chart (SVG)
      </button>
      <DownloadHelp id={helpId} />
    </div>
  )
}
