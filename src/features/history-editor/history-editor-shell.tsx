import { useId, type ReactNode } from 'react'
import { useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { historyEditorWords } from './history-editor.en'
import './history-editor.css'

/**
 * The history editor's panel: its heading and how to use it, around the year cells, or around a
 * line saying they are loading. On the page it shows at once while the editor's code loads just
 * after the page (it is below the fold), so nothing moves when the cells arrive.
 */
export function HistoryEditorShell({ children }: { children?: (id: string) => ReactNode }) {
  const id = useId()
  const t = useT(historyEditorWords)
  const base = useExplorerStore((s) => s.base)
  return (
    <section className="panel history-editor" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="hint">
        {t('hint', { first: String(base.firstYear), last: String(base.lastYear) })}
      </p>
      {children ? children(id) : <p className="hint">{t('loading')}</p>}
    </section>
  )
}
