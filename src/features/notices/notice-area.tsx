import { useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { noticeAreaWords } from './notice-area.en'
import './notices.css'

/** Messages about links, files and storage: alerts for problems, status for information. */
export function NoticeArea() {
  const notices = useExplorerStore((s) => s.notices)
  const dismiss = useExplorerStore((s) => s.dismissNotice)
  const t = useT(noticeAreaWords)
  return (
    <div className="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{n.text}</p>
          <div className="notice-actions">
            {n.action && (
              <button
                type="button"
                onClick={() => {
                  n.action!.run()
                  dismiss(n.id)
                }}
              >
                {n.action.label}
              </button>
            )}
            <button type="button" onClick={() => dismiss(n.id)}>
              {t('dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
