import { useExplorerStore } from '@/store/explorer-store'
import './notices.css'

/** Messages about links, files and storage: alerts for problems, status for information. */
export function NoticeArea() {
  const notices = useExplorerStore((s) => s.notices)
  const dismiss = useExplorerStore((s) => s.dismissNotice)
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
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
