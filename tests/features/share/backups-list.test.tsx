import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { catchDownloads } from '../../downloads'
import { BackupsList } from '@/features/share/backups-list'
import { keepBackup, readBackups } from '@/share/backups'

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  localStorage.clear()
  downloads = catchDownloads()
})
afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('the list of unreadable saves', () => {
  it('shows nothing when no save was ever unreadable', () => {
    const { container } = render(<BackupsList storage={localStorage} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('downloads each backup exactly as it was saved, and deletes one only after confirming', async () => {
    const user = userEvent.setup()
    keepBackup(
      localStorage,
      '{"broken": true',
      'the file is not JSON',
      new Date('2026-11-30T05:00:00Z'),
    )
    keepBackup(
      localStorage,
      '{"second": 1}',
      'view: out of range',
      new Date('2026-11-30T06:00:00Z'),
    )
    render(<BackupsList storage={localStorage} />)
    expect(
      screen.getByRole('heading', { name: 'Unreadable saves kept in this browser' }),
    ).toBeVisible()
    expect(
      screen.getByText(/Backup 1, kept 2026-11-30 05:00 UTC: the file is not JSON/),
    ).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Download backup 1' }))
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.name).toMatch(/unreadable-save_1_2026-11-30T05-00-00Z\.json$/)
    expect(await downloads[0]!.blob.text()).toBe('{"broken": true')

    await user.click(screen.getByRole('button', { name: 'Delete backup 2…' }))
    expect(readBackups(localStorage)).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Confirm: delete backup 2' }))
    expect(readBackups(localStorage).map((b) => b.slot)).toEqual([1])
    expect(screen.queryByRole('button', { name: 'Download backup 2' })).toBeNull()
  })
})
