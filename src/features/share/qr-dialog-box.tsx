import { copyText } from '@/lib/clipboard'
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react'
import { QR_MAX_BYTES, qrBytes } from './qr-limit'
import { useT } from '@/i18n/react'
import { qrDialogWords } from './qr-dialog.en'
import './share.css'

type QrCodeComponent = ComponentType<{ text: string; label: string }>

// The QR library loads on the first "Show QR", once; a failed load (offline before the service
// worker kept it) is tried again at the next press.
let loading: Promise<QrCodeComponent> | null = null
function loadQrCode(): Promise<QrCodeComponent> {
  loading ??= import('./qr-code').then(
    (m) => m.QrCode,
    (e: unknown) => {
      loading = null
      throw e
    },
  )
  return loading
}

function isShown(el: HTMLElement): boolean {
  if (!el.isConnected || el.closest('[hidden]')) return false
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true
}

type Part = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; Qr: QrCodeComponent }

/** The full-screen dialog: heading, the code as large as the screen allows, the link, Copy, Close. */
export function QrDialog({
  url,
  what,
  onClose,
  opener,
}: {
  url: string
  what: string
  onClose: () => void
  /** Where the focus goes back to when whatever had it before is gone or hidden. */
  opener?: RefObject<HTMLElement | null>
}) {
  const id = useId()
  const t = useT(qrDialogWords)
  const dialog = useRef<HTMLDialogElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const returnTo = useRef<Element | null>(null)
  const closed = useRef(false)
  const bytes = qrBytes(url)
  const tooLong = bytes > QR_MAX_BYTES
  const [part, setPart] = useState<Part>({ state: 'loading' })
  const [copied, setCopied] = useState<boolean | null>(null)

  useLayoutEffect(() => {
    const el = dialog.current
    if (!el) return
    returnTo.current = document.activeElement
    // A browser without modal dialogs still shows it, full screen, just not modal.
    if (typeof el.showModal === 'function') el.showModal()
    else el.setAttribute('open', '')
    closeButton.current?.focus()
    return () => {
      if (typeof el.close === 'function' && el.open) el.close()
    }
  }, [])

  useEffect(() => {
    if (tooLong) return
    let live = true
    loadQrCode().then(
      (Qr) => live && setPart({ state: 'ready', Qr }),
      () => live && setPart({ state: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [tooLong])

  const close = () => {
    if (closed.current) return
    closed.current = true
    const el = dialog.current
    if (el && typeof el.close === 'function' && el.open) el.close()
    onClose()
    // Back to what had the focus: the button, or More when the button was in a menu that closed.
    const back = returnTo.current
    if (back instanceof HTMLElement && back !== document.body && isShown(back)) back.focus()
    else opener?.current?.focus()
  }

  const copy = async () => setCopied(await copyText(url))

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys and clicks stay in the dialog: in React they would otherwise reach the menu it came from.
    e.stopPropagation()
    if (e.key === 'Escape') {
      e.preventDefault()
      close()
    }
  }

  const label = t('code-label', { what })
  let figure: ReactNode
  if (tooLong) {
    figure = <p className="qr-message">{t('too-long', { bytes, max: QR_MAX_BYTES })}</p>
  } else if (part.state === 'ready') {
    figure = <part.Qr text={url} label={label} />
  } else {
    figure = (
      <p className="qr-message" role="status">
        {part.state === 'loading' ? t('preparing') : t('failed')}
      </p>
    )
  }

  return (
    <dialog
      ref={dialog}
      className="qr-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
      onKeyDown={onKeyDown}
      onClick={(e) => e.stopPropagation()}
    >
      <h2 id={`${id}-title`}>{t('heading', { what })}</h2>
      <div className="qr-figure">{figure}</div>
      <p className="qr-url" id={`${id}-url`}>
        {url}
      </p>
      <div className="button-row qr-actions">
        <button type="button" onClick={() => void copy()}>
          {t('copy')}
        </button>
        <button ref={closeButton} type="button" onClick={close}>
          {t('close')}
        </button>
      </div>
      <p className="qr-copied" role="status">
        {copied === true && t('copied')}
        {copied === false && t('not-copied')}
      </p>
    </dialog>
  )
}
