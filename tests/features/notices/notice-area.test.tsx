import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { NoticeArea } from '@/features/notices/notice-area'
import { InterventionLog } from '@/features/log/intervention-log'
import { SharePanel } from '@/features/share/share-panel'
import { restoreSession, SESSION_KEY } from '@/share/persistence'
import { writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf } from '@/share/session'
import { createExplorerStore, useExplorerStore } from '@/store/explorer-store'
import { FakeStorage } from '../../share/fake-storage'

/** Storage holding work with two presets applied, as the autosave leaves it. */
function savedWork() {
  const other = createExplorerStore()
  other.getState().togglePreset('russia-stays-communist')
  other.getState().togglePreset('north-korea-abandons-communism')
  const storage = new FakeStorage()
  storage.data.set(
    SESSION_KEY,
    writeScenarioFile(sessionOf(other.getState()), savedLogOf(other.getState())),
  )
  return storage
}

describe('the notice after saved work comes back', () => {
  it('says the work is back; Start from history clears it as one step that Undo reverses', async () => {
    const user = userEvent.setup()
    restoreSession(useExplorerStore, '', savedWork())
    render(
      <>
        <NoticeArea />
        <InterventionLog />
        <SharePanel />
      </>,
    )
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent('Your saved work is back: 2 changes to history.')
    expect(within(notice).getByRole('button', { name: 'Dismiss' })).toBeVisible()
    await user.click(within(notice).getByRole('button', { name: 'Start from history' }))
    expect(screen.queryByText(/saved work is back/)).not.toBeInTheDocument()
    const log = screen.getByRole('region', { name: 'Your changes' })
    expect(within(log).getAllByRole('listitem').at(-1)).toHaveTextContent('Started from history')
    expect(useExplorerStore.getState().scenario.regime).toEqual({})
    // Undo brings the saved work back.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(useExplorerStore.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    expect(useExplorerStore.getState().scenario.regime.PRK?.[2000]).toBe('non-communist')
  })

  it('can be dismissed, leaving the work as it is', async () => {
    const user = userEvent.setup()
    restoreSession(useExplorerStore, '', savedWork())
    render(<NoticeArea />)
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(useExplorerStore.getState().scenario.regime.RUS?.[2000]).toBe('communist')
  })

  it('is not shown on a fresh start', () => {
    restoreSession(useExplorerStore, '', new FakeStorage())
    render(<NoticeArea />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})
