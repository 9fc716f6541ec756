import { useId, useState } from 'react'
import { browserStorage } from '@/share/storage'
import { clearBackup, downloadBackup, readBackups, type Backup } from '@/share/backups'
import { useExplorerStore } from '@/store/explorer-store'

const when = (iso: string) =>
  iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : 'unknown time'

/**
 * The copies of saved work that could not be read in full, kept in this browser: each can be
 * downloaded exactly as it was, and removed once it is safe. Shown only when there are some.
 */
export function BackupsList({ storage = browserStorage() }: { storage?: Storage | null }) {
  const id = useId()
  // A backup is made while the page starts, with a notice: a new notice renders the list again.
  useExplorerStore((s) => s.notices.length)
  const [, setDeleted] = useState(0)
  const [confirming, setConfirming] = useState<number | null>(null)
  // Three small reads; cheap enough to do on every render.
  const backups: Backup[] = readBackups(storage)
  if (backups.length === 0) return null
  return (
    <section className="backups" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Unreadable saves kept in this browser</h3>
      <p>
        Saved work that could not be read in full is kept here as it was (up to three copies, never
        written over). Download a copy to keep it or to send it to your teacher.
      </p>
      <ul>
        {backups.map((b) => (
          <li key={b.slot}>
            <span>
              Backup {b.slot}, kept {when(b.savedAt)}
              {b.reason ? `: ${b.reason}` : ''}
            </span>{' '}
            <button type="button" onClick={() => downloadBackup(b)}>
              Download backup {b.slot}
            </button>{' '}
            {confirming === b.slot ? (
              <button
                type="button"
                onClick={() => {
                  clearBackup(storage, b.slot)
                  setConfirming(null)
                  setDeleted((n) => n + 1)
                }}
              >
                Confirm: delete backup {b.slot}
              </button>
            ) : (
              <button type="button" onClick={() => setConfirming(b.slot)}>
                Delete backup {b.slot}…
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
