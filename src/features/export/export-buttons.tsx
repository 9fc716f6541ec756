import { useId, useState, type ReactElement, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { downloadBlob } from '@/lib/download'
import { useExplorerStore } from '@/store/explorer-store'
import { currentLink } from '@/features/share/current-link'
import { DownloadHelp, useFramed } from '@/ui/download-help'
import { useT } from '@/i18n/react'
import { exportFileName, exportText } from './caption'
import type { LegendEntry } from './chart-export'
import { exportButtonWords } from './export-buttons.en'
import { CHART_WIDTH } from './sizes'
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
  /**
   * The chart drawn at a given width, for the file: exports are drawn at CHART_WIDTH whatever the
   * window, so their text stays legible when projected (see ./sizes). Without it, the chart on
   * screen is scaled to fit.
   */
  readonly render?: (width: number) => ReactElement
  /** The chart's numbers as CSV text, for a third button: "Download chart data (CSV)". */
  readonly csv?: () => string
}

/**
 * Draws `chart` out of sight at the export width and hands its SVG to `take`; the copy is removed
 * straight after. It is in the document while it exists so the page's styles apply to it.
 */
async function withOffscreenChart<T>(
  chart: ReactElement,
  selector: string,
  take: (svg: SVGSVGElement) => T | Promise<T>,
): Promise<T | undefined> {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.inert = true
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${CHART_WIDTH}px`
  document.body.append(host)
  const root = createRoot(host)
  try {
    flushSync(() => root.render(chart))
    // Some charts (recharts) place their marks in effects after the first render: let them settle.
    for (let i = 0; i < 2; i++) await new Promise((r) => setTimeout(r, 0))
    const svg = host.querySelector<SVGSVGElement>(selector)
    return svg ? await take(svg) : undefined
  } finally {
    root.unmount()
    host.remove()
  }
}

/**
 * "Download chart (PNG)" and "Download chart (SVG)", and "Download chart data (CSV)" when the
 * chart gives its numbers; the export code loads only when used.
 */
export function ExportButtons({ target, selector, chart, title, legend, render, csv }: Props) {
  const t = useT(exportButtonWords)
  const [busy, setBusy] = useState(false)
  // Said to assistive technology: the picture is being made, then the file it went to (a
  // download may otherwise pass without a word).
  const [said, setSaid] = useState('')
  const notify = useExplorerStore((s) => s.notify)
  const helpId = useId()
  const describedBy = useFramed() ? helpId : undefined

  const run = async (format: 'png' | 'svg') => {
    const onScreen = target.current?.querySelector<SVGSVGElement>(selector)
    if (!onScreen) return
    setBusy(true)
    setSaid(t('making', { format: format.toUpperCase() }))
    try {
      const { buildExportSvg, svgToPng } = await import('./chart-export')
      const state = useExplorerStore.getState()
      const build = (svg: SVGSVGElement) =>
        buildExportSvg({ svg, title, text: exportText(state), legend })
      const text =
        (render && (await withOffscreenChart(render(CHART_WIDTH), selector, build))) ||
        build(onScreen)
      const blob =
        format === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text)
      const file = exportFileName(state, chart, format)
      downloadBlob(blob, file)
      setSaid(t('downloaded', { file }))
    } catch (e) {
      setSaid('')
      notify({ kind: 'error', text: t('failed', { reason: (e as Error).message }) })
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
        {t('png')}
      </button>
      <button
        type="button"
        disabled={busy}
        aria-describedby={describedBy}
        onClick={() => void run('svg')}
      >
        {t('svg')}
      </button>
      {csv && (
        <button
          type="button"
          aria-describedby={describedBy}
          onClick={() => {
            const file = exportFileName(useExplorerStore.getState(), chart, 'csv')
            downloadBlob(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), file)
            setSaid(t('downloaded', { file }))
          }}
        >
          {t('csv')}
        </button>
      )}
      <span role="status" className="visually-hidden">
        {said}
      </span>
      <DownloadHelp id={helpId} currentLink={currentLink} />
    </div>
  )
}
