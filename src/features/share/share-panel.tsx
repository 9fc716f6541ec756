import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { formatDecimal } from '@/i18n/format'
import { copyText } from '@/lib/clipboard'
import { stripControl } from '@/lib/text'
import { downloadBlob } from '@/lib/download'
import { MAX_FILE_CHARS } from '@/share/file-format'
import { linkOf } from '@/share/link-write'
import type { openScenarioText } from '@/share/persistence'
import { currentLink, linkWith } from './current-link'
import { writeScenarioFile } from '@/share/scenario-write'
import { savedLogOf, sessionOf, studentWorkOf } from '@/share/session'
import { useExplorerStore } from '@/store/explorer-store'
import { scenarioSlug } from '@/features/export/caption'
import { printHandout } from '@/features/handout/page-handout'
import { DownloadHelp, useFramed } from '@/ui/download-help'
import { lazyPart } from '@/ui/lazy-part'
import { activeLanguage, text as message } from '@/i18n/catalogue'
import { useT } from '@/i18n/react'
import { sharePanelWords } from './share-panel.en'
import { downloadDataCsv } from './download-data'
import { ProjectorToggle } from './projector-toggle'
import { ShowQrButton } from './qr-dialog'
import { ReadingControls } from './reading-controls'
import { useNarrow } from './use-narrow'
import './share.css'

/**
 * The text size and spacing controls where a wide screen has room for them, beside the About
 * links; on a narrow one they are in the toolbar's More menu. Exactly one of the two is mounted.
 */
export function WideReadingControls() {
  const id = useId()
  const help = useFramedHelp(id)
  if (useNarrow()) return null
  return (
    <div className="wide-reading">
      <ReadingControls />
      <OfflineLink describedBy={help} />
      <DownloadHelp id={`${id}-download-help`} currentLink={currentLink} />
    </div>
  )
}

/** The id of the "how to download" help, when the page is framed and the help is shown. */
function useFramedHelp(id: string) {
  return useFramed() ? `${id}-download-help` : undefined
}

/** The whole explorer as one file, for a machine without the network (only where it is served). */
function OfflineLink({ describedBy }: { describedBy: string | undefined }) {
  const t = useT(sharePanelWords)
  if (!import.meta.env.PROD || !window.location.protocol.startsWith('http')) return null
  return (
    <a
      className="offline-link"
      href={`${import.meta.env.BASE_URL}alliance-explorer.html`}
      download
      aria-describedby={describedBy}
    >
      {t('offline')}
    </a>
  )
}

/** A size in megabytes to one decimal, in the language in use ("3.2", "3,2"). */
const megabytes = (bytes: number) =>
  formatDecimal(activeLanguage(), bytes / 1e6, { minDigits: 1, maxDigits: 1, grouping: false })

/** A file's name as messages show it: no control characters, and at most 80 of the rest. */
function fileLabel(name: string): string {
  const clean = stripControl(name)
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean
}

// Citations and the embed code load when asked for, so the first page load does not carry them.
// Kept saves are rare: their list, and the code that reads them, load after the page.
const BackupsList = lazyPart(
  () => import('./backups-list').then((m) => m.BackupsList),
  () => message(sharePanelWords, 'part.backups'),
)
const CitePanel = lazyPart(
  () => import('./cite-panel').then((m) => m.CitePanel),
  () => message(sharePanelWords, 'part.citations'),
)
const EmbedCode = lazyPart(
  () => import('./embed-code').then((m) => m.EmbedCode),
  () => message(sharePanelWords, 'part.embed'),
)

/** The embed code of the current view, kept up to date while it is open. */
function CurrentEmbedCode() {
  return <EmbedCode url={linkWith(useExplorerStore(linkOf))} />
}

/** Undo and redo, the link, scenario files, the data and the handout: how work leaves the screen. */
export function SharePanel() {
  const id = useId()
  const t = useT(sharePanelWords)
  const canUndo = useExplorerStore((s) => s.undoStack.past.length > 0)
  const canRedo = useExplorerStore((s) => s.undoStack.future.length > 0)
  const undo = useExplorerStore((s) => s.undo)
  const redo = useExplorerStore((s) => s.redo)
  const notify = useExplorerStore((s) => s.notify)
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null)
  const [citing, setCiting] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const downloadHelp = useFramed() ? `${id}-download-help` : undefined
  // On a narrow screen all but Undo and Redo fold into the More menu.
  const narrow = useNarrow()
  const [menuOpen, setMenuOpen] = useState(false)
  const moreButton = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const folded = narrow && !menuOpen

  // Opened from the More menu, the citations take the keyboard: the menu and its button close.
  const citeButton = useRef<HTMLButtonElement>(null)
  const citePanel = useRef<HTMLDivElement>(null)
  const focusCitations = useRef(false)
  useEffect(() => {
    if (citing && focusCitations.current) citePanel.current?.focus()
    focusCitations.current = false
  }, [citing])
  const toggleCitations = () => {
    focusCitations.current = narrow && !citing
    setCiting((c) => !c)
  }
  const closeCitations = () => {
    setCiting(false)
    ;(narrow ? moreButton : citeButton).current?.focus()
  }

  // The embed code opens below the link, the way the citations open below the toolbar.
  const [embedding, setEmbedding] = useState(false)
  const embedButton = useRef<HTMLButtonElement>(null)
  const closeEmbed = () => {
    setEmbedding(false)
    embedButton.current?.focus()
  }

  const closeMenu = (refocus: boolean) => {
    setMenuOpen(false)
    if (refocus) moreButton.current?.focus()
  }
  const onMenuKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && narrow && menuOpen) {
      e.preventDefault()
      closeMenu(true)
    }
  }
  // A tap or click elsewhere closes the menu, as menus do.
  useEffect(() => {
    if (!narrow || !menuOpen) return
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node
      if (!menu.current?.contains(t) && !moreButton.current?.contains(t)) setMenuOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [narrow, menuOpen])

  const copyLink = async () => {
    const url = currentLink()
    // Without a clipboard the link is shown, to copy by hand.
    setLink({ url, copied: await copyText(url) })
  }

  const saveScenario = () => {
    const s = useExplorerStore.getState()
    const text = writeScenarioFile(sessionOf(s), savedLogOf(s), studentWorkOf(s))
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      `alliance-explorer_scenario_${scenarioSlug(s)}.json`,
    )
  }

  const openScenario = async (file: File) => {
    const store = useExplorerStore
    const name = fileLabel(file.name)
    // A file larger than any the explorer saves is refused before it is read.
    if (file.size > MAX_FILE_CHARS) {
      notify({
        kind: 'error',
        text: message(sharePanelWords, 'error.too-large', {
          name,
          size: megabytes(file.size),
          max: MAX_FILE_CHARS / 1e6,
        }),
      })
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch (e) {
      notify({
        kind: 'error',
        text: message(sharePanelWords, 'error.unreadable', { name, message: (e as Error).message }),
      })
      return
    }
    // The reader (and its schemas) loads on the first file opened, not with the page.
    let openText: typeof openScenarioText
    try {
      openText = (await import('@/share/persistence')).openScenarioText
    } catch (e) {
      notify({
        kind: 'error',
        text: message(sharePanelWords, 'error.reader', { name, message: (e as Error).message }),
      })
      return
    }
    openText(store, name, text)
  }

  return (
    <section className="share-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('heading')}
      </h2>
      <div className="button-row">
        <button
          type="button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          {t('undo')}
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          {t('redo')}
        </button>
        {narrow && (
          <button
            ref={moreButton}
            type="button"
            className="more-button"
            aria-expanded={menuOpen}
            aria-controls={`${id}-more`}
            onClick={() => setMenuOpen((o) => !o)}
            onKeyDown={onMenuKey}
          >
            {t('more')}
            <span aria-hidden="true">{menuOpen ? ' ▴' : ' ▾'}</span>
          </button>
        )}
        <div
          ref={menu}
          id={`${id}-more`}
          className={narrow ? 'more-menu' : 'more-items'}
          hidden={folded}
          onKeyDown={onMenuKey}
          onClick={(e) => {
            // A command run from the menu closes it; choices (text size, rows) leave it open.
            if (narrow && (e.target as Element).closest('button, a')) closeMenu(true)
          }}
        >
          <button type="button" onClick={() => void copyLink()}>
            {t('copy-link')}
          </button>
          <button type="button" onClick={saveScenario} aria-describedby={downloadHelp}>
            {t('save-scenario')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('open-scenario')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('file-input')}
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void openScenario(file)
            }}
          />
          {/* Every row; the table under Check downloads only the rows its filters leave. */}
          <button
            type="button"
            onClick={() => downloadDataCsv('all')}
            aria-describedby={downloadHelp}
          >
            {t('download-data')}
          </button>
          <button type="button" onClick={printHandout}>
            {t('print-handout')}
          </button>
          <button
            ref={citeButton}
            type="button"
            aria-expanded={citing}
            aria-controls={`${id}-cite`}
            onClick={toggleCitations}
          >
            {t('cite')}
          </button>
          <ProjectorToggle />
          {/* On a wide screen the text controls sit in the header's About row (`WideReadingControls`). */}
          {narrow && <ReadingControls />}
          {narrow && <OfflineLink describedBy={downloadHelp} />}
        </div>
      </div>
      <DownloadHelp id={`${id}-download-help`} currentLink={currentLink} />
      {link && (
        <>
          <div className="link-box" role="status">
            <label htmlFor={`${id}-link`}>{link.copied ? t('link.copied') : t('link.copy')}</label>
            <input
              id={`${id}-link`}
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          {/* Two more ways to pass the view on; the toolbar above has no room left for them. */}
          <div className="button-row link-actions">
            <ShowQrButton url={currentLink} />
            <button
              ref={embedButton}
              type="button"
              aria-expanded={embedding}
              aria-controls={`${id}-embed`}
              onClick={() => setEmbedding((e) => !e)}
            >
              {t('embed')}
            </button>
          </div>
        </>
      )}
      <div
        id={`${id}-embed`}
        hidden={!link || !embedding}
        role="region"
        aria-label={t('embed.region')}
      >
        {link && embedding && (
          <>
            <Suspense fallback={<p>{t('embed.loading')}</p>}>
              <CurrentEmbedCode />
            </Suspense>
            <button type="button" onClick={closeEmbed}>
              {t('embed.close')}
            </button>
          </>
        )}
      </div>
      <Suspense fallback={null}>
        <BackupsList />
      </Suspense>
      <div
        ref={citePanel}
        id={`${id}-cite`}
        hidden={!citing}
        role="region"
        aria-label={t('cite.region')}
        tabIndex={-1}
      >
        {citing && (
          <>
            <Suspense fallback={<p>{t('cite.loading')}</p>}>
              <CitePanel />
            </Suspense>
            <button type="button" onClick={closeCitations}>
              {t('cite.close')}
            </button>
          </>
        )}
      </div>
    </section>
  )
}
