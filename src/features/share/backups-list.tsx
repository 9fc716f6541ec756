import { useId, useState } from 'react'
import { browserStorage } from '@/share/storage'
import { clearBackup, downloadBackup, readBackups, type Backup } from '@/share/backups'
import { useExplorerStore } from '@/store/explorer-store'
import { useT } from '@/i18n/react'
import { backupsListWords } from './backups-list.en'

/** The time a backup was kept, as its ISO stamp reads in UTC; `null` when it is not known. */
const when = (iso: string) =>
  iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : null

/**
 * The copies of saved work that could not be read in full, kept in this browser: each can be
 * downloaded exactly as it was, and removed once it is safe. Shown only when there are some.
 */
export function BackupsList({ storage = browserStorage() }: { storage?: Storage | null }) {
  const id = useId()
  const t = useT(backupsListWords)
  // A backup is made while the page starts, with a notice: a new notice renders the list again.
  useExplorerStore((s) => s.notices.length)
  const [, setDeleted] = useState(0)
  const [confirming, setConfirming] = useState<number | null>(null)
  // Three small reads; cheap enough to do on every render.
  const backups: Backup[] = readBackups(storage)
  if (backups.length === 0) return null
  return (
    <section className="backups" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('heading')}</h3>
      <p>{t('intro')}</p>
      <ul>
        {backups.map((b) => (
          <li key={b.slot}>
            <span>
              {t('backup', { slot: String(b.slot), when: when(b.savedAt) ?? t('unknown-time') })}
              {b.reason ? `: ${b.reason}` : ''}
            </span>{' '}
            <button type="button" onClick={() => downloadBackup(b)}>
              {t('download', { slot: String(b.slot) })}
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
                {t('confirm', { slot: String(b.slot) })}
              </button>
            ) : (
              <button type="button" onClick={() => setConfirming(b.slot)}>
                {t('delete', { slot: String(b.slot) })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
