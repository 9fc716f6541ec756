import { text as say } from '@/i18n/catalogue'
import { downloadBlob } from '@/lib/download'
import type { ExplorerState } from '@/store/explorer-store'
import { backupWords } from './backups.en'
import { writeScenarioFile } from './scenario-write'
import { savedLogOf, sessionOf, studentWorkOf } from './session'

/*
 * Saved work the explorer could not read in full is kept, exactly as it was, in up to three
 * backups. A backup is never written over: a new failure goes into a free slot, and when all three
 * are taken the earliest three stay until the student downloads or clears them (the newest one
 * can still be downloaded from its notice while the page is open). Keeping the first failures,
 * not the latest, means a run of failures can never push out the copy that held the real work.
 */

export const BACKUP_SLOTS = 3
export const backupKey = (slot: number) => `alliance-explorer:backup:${slot}`

export interface Backup {
  readonly slot: number
  /** When it was kept, ISO 8601. */
  readonly savedAt: string
  /** Why the saved text could not be read in full. */
  readonly reason: string
  /** The saved text exactly as it was found. */
  readonly text: string
}

function readSlot(storage: Storage, slot: number): Backup | null {
  let raw: string | null
  try {
    raw = storage.getItem(backupKey(slot))
  } catch {
    return null
  }
  if (raw === null) return null
  try {
    const b = JSON.parse(raw) as Partial<Backup>
    if (typeof b.text === 'string') {
      return {
        slot,
        text: b.text,
        savedAt: typeof b.savedAt === 'string' ? b.savedAt : '',
        reason: typeof b.reason === 'string' ? b.reason : '',
      }
    }
  } catch {
    // A backup that is itself damaged is still worth handing over as it is.
  }
  return { slot, text: raw, savedAt: '', reason: say(backupWords, 'reason.damaged') }
}

/** The backups kept in this browser, by slot. */
export function readBackups(storage: Storage | null): Backup[] {
  if (!storage) return []
  const out: Backup[] = []
  for (let slot = 1; slot <= BACKUP_SLOTS; slot++) {
    const b = readSlot(storage, slot)
    if (b) out.push(b)
  }
  return out
}

/**
 * Keeps `text` in a free backup slot and returns the slot; the same text already kept returns its
 * slot. Returns null when all slots are taken or the storage refuses (nothing is overwritten).
 */
export function keepBackup(
  storage: Storage | null,
  text: string,
  reason: string,
  now: Date = new Date(),
): number | null {
  if (!storage) return null
  const kept = readBackups(storage)
  const same = kept.find((b) => b.text === text)
  if (same) return same.slot
  for (let slot = 1; slot <= BACKUP_SLOTS; slot++) {
    if (kept.some((b) => b.slot === slot)) continue
    try {
      storage.setItem(backupKey(slot), JSON.stringify({ savedAt: now.toISOString(), reason, text }))
      return slot
    } catch {
      return null
    }
  }
  return null
}

/** Where the first release kept an unreadable save: one copy, written over by the next failure. */
export const LEGACY_UNREADABLE_KEY = 'alliance-explorer:unreadable'

/**
 * Moves a copy the first release kept under LEGACY_UNREADABLE_KEY into a backup slot, where the
 * share panel offers it for download; the old key is removed only once the copy is safe.
 */
export function adoptLegacyBackup(storage: Storage | null, now: Date = new Date()): void {
  try {
    const text = storage?.getItem(LEGACY_UNREADABLE_KEY)
    if (!storage || text == null) return
    const slot = keepBackup(storage, text, say(backupWords, 'reason.legacy'), now)
    if (slot !== null) storage.removeItem(LEGACY_UNREADABLE_KEY)
  } catch {
    // Storage that cannot be read keeps what it has.
  }
}

/** Frees a backup slot (after the student has downloaded it, or does not want it). */
export function clearBackup(storage: Storage | null, slot: number): void {
  try {
    storage?.removeItem(backupKey(slot))
  } catch {
    // Nothing to free.
  }
}

/** The file name a backup downloads under: its time, so that several never clash. */
export function backupFileName(savedAt: string, slot?: number): string {
  const stamp = savedAt.replace(/\.\d+Z$/, 'Z').replace(/[:]/g, '-') || 'unknown-time'
  return `alliance-explorer_unreadable-save_${slot !== undefined ? `${slot}_` : ''}${stamp}.json`
}

/** Downloads a backup's text exactly as it was saved. */
export function downloadBackup(b: Pick<Backup, 'savedAt' | 'text'> & { slot?: number }): void {
  downloadBlob(new Blob([b.text], { type: 'application/json' }), backupFileName(b.savedAt, b.slot))
}

/** Downloads the work on screen as a scenario file, as "Save scenario" does. */
export function downloadScenario(s: ExplorerState, now: Date = new Date()): void {
  const text = writeScenarioFile(sessionOf(s), savedLogOf(s), { ...studentWorkOf(s), savedAt: now })
  downloadBlob(
    new Blob([text], { type: 'application/json' }),
    `alliance-explorer_scenario_${now.toISOString().slice(0, 10)}.json`,
  )
}
