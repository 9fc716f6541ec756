import { lazy, Suspense, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '@/i18n/react'
import { qrButtonWords } from './qr-button.en'

// The dialog, and the QR library after it, load on the first "Show QR".
const QrDialog = lazy(() => import('./qr-dialog-box').then((m) => ({ default: m.QrDialog })))

export interface ShowQrButtonProps {
  /** The link to show; a function is read when the button is pressed (the current view's link). */
  url: string | (() => string)
  /**
   * The accessible name when the visible text is not enough, starting with that text: "Show QR
   * for the student link". Give `what` too ("the student link"), for the dialog.
   */
  label?: string
  /** What the link opens, for the dialog's heading and the code's text alternative. */
  what?: string
  /** The button's visible text. */
  children?: ReactNode
}

/**
 * A button that shows a link as a full-screen QR code, for a class to scan off the projector.
 * The dialog is modal, closes with Escape or Close, and gives the focus back.
 */
export function ShowQrButton({ url, label, what, children }: ShowQrButtonProps) {
  const t = useT(qrButtonWords)
  const [shown, setShown] = useState<string | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="dialog"
        onClick={() => setShown(typeof url === 'function' ? url() : url)}
      >
        {children ?? t('show')}
      </button>
      {/* In the body, not here: the button may sit in a menu that hides once it is pressed. */}
      {shown !== null &&
        createPortal(
          <Suspense fallback={null}>
            <QrDialog
              url={shown}
              what={what ?? t('this-view')}
              onClose={() => setShown(null)}
              opener={button}
            />
          </Suspense>,
          document.body,
        )}
    </>
  )
}

/** Whether `el` is in the page and not hidden. */
